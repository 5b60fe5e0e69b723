package org.imagecatalog.diag;

/**
 * Text made safe for a terminal or a CI log: control characters (C0, DEL, C1), the bidirectional
 * overrides that make text read differently from what it is, and lone surrogates are shown as
 * {@code \u001b}-style escapes. A catalog value with an escape sequence in it can then neither move
 * the cursor, retitle the terminal nor hide a line of a diagnostic.
 */
public final class PrintableText {
  private PrintableText() {}

  public static String of(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text; // the common case: nothing to escape
    }
    var out = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(text, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUnsafe(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return true; // bidirectional embeddings, overrides and isolates
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }
}
