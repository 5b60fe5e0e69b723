package org.imagecatalog.diag;

import java.util.Collection;
import java.util.Comparator;
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
  public static java.util.List<String> nearest(String typed, Collection<String> known, int limit) {
    return known.stream()
        .sorted(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k))
        .limit(limit)
        .toList();
  }

  /** Levenshtein distance; names are short, so the quadratic table is fine. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
