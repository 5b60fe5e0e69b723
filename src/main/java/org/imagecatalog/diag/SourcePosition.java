package org.imagecatalog.diag;

import java.util.Objects;

/**
 * A file and a line in it. HOCON origins carry no column, so none is invented. A line of 0 or less
 * means "the file as a whole".
 */
public record SourcePosition(String file, int line) implements Comparable<SourcePosition> {
  /** For values that come from nowhere in the user's files, such as built-in defaults. */
  public static final SourcePosition NONE = new SourcePosition("", 0);

  public SourcePosition {
    Objects.requireNonNull(file, "file");
  }

  public static SourcePosition of(String file) {
    return new SourcePosition(file, 0);
  }

  public boolean isKnown() {
    return !file.isEmpty();
  }

  @Override
  public int compareTo(SourcePosition other) {
    // By file, then line. Most positions share their file's one String: equals answers those at
    // once, where compareTo would walk the whole path (a run with 40,000 warnings sorts them).
    int byFile = file.equals(other.file) ? 0 : file.compareTo(other.file);
    return byFile != 0 ? byFile : Integer.compare(line, other.line);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
