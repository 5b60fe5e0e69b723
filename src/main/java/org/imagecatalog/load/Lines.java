package org.imagecatalog.load;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text: to find a piece of it, or to cut and splice whole lines. */
public final class Lines {
  private Lines() {}

  /** The 1-based line of the first occurrence, or 0 when the text does not occur. */
  static int of(String text, String needle) {
    int at = text.indexOf(needle);
    return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /**
   * The text's lines, each with its line feed (the last may have none), so that joining them gives
   * the text back byte for byte.
   */
  public static List<String> split(String text) {
    var lines = new ArrayList<String>();
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.add(text.substring(start, end + 1));
      start = end + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
