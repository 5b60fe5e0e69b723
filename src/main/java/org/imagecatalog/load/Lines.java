package org.imagecatalog.load;

/** Finds the line of a piece of text, for errors the library reports without one. */
final class Lines {
  private Lines() {}

  /** The 1-based line of the first occurrence, or 0 when the text does not occur. */
  static int of(String text, String needle) {
    int at = text.indexOf(needle);
    return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
