package org.imagecatalog.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/**
 * What {@code check} prints for a stale output folder: a unified diff per changed file, bounded so
 * that one huge change cannot flood a CI log, then the missing and extra files.
 */
public final class DriftReport {
  private final int maxLinesPerFile;

  public DriftReport(int maxLinesPerFile) {
    this.maxLinesPerFile = maxLinesPerFile;
  }

  public String describe(TreeDiff diff, String shownFolder) {
    var out = new StringBuilder();
    for (TreeDiff.Change change : diff.changes()) {
      if (change.exists()) {
        out.append(
            unified(shownFolder + change.label(), change.shownBefore(), change.shownAfter()));
      }
    }
    for (TreeDiff.Change change : diff.changes()) {
      if (!change.exists()) {
        out.append("missing: ").append(shownFolder).append(change.label()).append('\n');
      }
    }
    for (String path : diff.stale()) {
      out.append("extra: ").append(shownFolder).append(path).append(" (no longer generated)\n");
    }
    for (String path : diff.leftovers()) {
      out.append("leftover: ")
          .append(shownFolder)
          .append(path)
          .append(" (a temporary file of a generate that was killed)\n");
    }
    return out.toString();
  }

  /**
   * The diff of two texts split at line feeds only: a CR stays part of its line, so a file whose
   * lines end in CRLF shows each of them changed (a CR is printed as an escape), not no line at
   * all.
   */
  private String unified(String path, String before, String after) {
    List<String> old = List.of(before.split("\n", -1));
    Patch<String> patch = DiffUtils.diff(old, List.of(after.split("\n", -1)));
    List<String> lines =
        UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, old, patch, 3);
    var out = new StringBuilder();
    lines.stream().limit(maxLinesPerFile).forEach(line -> out.append(line).append('\n'));
    if (lines.size() > maxLinesPerFile) {
      out.append("... ")
          .append(lines.size() - maxLinesPerFile)
          .append(" more diff lines cut for ")
          .append(path)
          .append('\n');
    }
    return out.toString();
  }
}
