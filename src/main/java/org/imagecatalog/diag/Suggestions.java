package org.imagecatalog.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "Did you mean" for a mistyped name: the closest known name within a small edit distance. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<String> closest(String typed, Collection<String> known) {
    int limit = Math.max(1, Math.min(3, typed.length() / 3));
    return known.stream()
        .filter(k -> distance(typed, k) <= limit)
        .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k));
  }

  public static String hint(String typed, Collection<String> known) {
    return closest(typed, known).map(k -> "; did you mean \"" + k + "\"?").orElse("");
  }

  /** Up to {@code limit} known names nearest to the typed one, nearest first. */
  public static List<String> nearest(String typed, Collection<String> known, int limit) {
    return known.stream()
        .sorted(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k))
        .limit(limit)
        .toList();
  }

  /**
   * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
   * alignment), since "form" for "from" is the typical typo. Names are short, so the quadratic
   * table is fine.
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
