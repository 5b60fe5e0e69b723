package org.imagecatalog.render.view;

/**
 * A set of ASCII characters, tested with one array read. Escaping tests every character of every
 * value rendered; {@code String.indexOf} on a list of characters was the most frequent frame of a
 * 10k-tag render.
 */
public final class AsciiSet {
  public static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  public static final String DIGITS = "0123456789";

  private final boolean[] members = new boolean[128];

  private AsciiSet(String chars, boolean controls) {
    for (int i = 0; i < chars.length(); i++) {
      members[chars.charAt(i)] = true;
    }
    for (char c = 0; c < ' ' && controls; c++) {
      members[c] = true;
    }
  }

  /** The characters of the string, all ASCII. */
  public static AsciiSet of(String chars) {
    return new AsciiSet(chars, false);
  }

  /** The control characters, 0 to 31, and those of the string. */
  public static AsciiSet controlsAnd(String chars) {
    return new AsciiSet(chars, true);
  }

  public boolean contains(char c) {
    return c < 128 && members[c];
  }
}
