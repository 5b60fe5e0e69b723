package org.imagecatalog.render;

import org.imagecatalog.render.view.AsciiSet;

/**
 * Escapes text for a Markdown table cell: pipes would split the cell, HTML would be interpreted,
 * and emphasis or link syntax would change the text; a line break would end the row, and white
 * space at either end would be trimmed away.
 */
final class MarkdownText {
  private static final String BACKSLASHED = "\\`*_[]|#~!";
  private static final AsciiSet NOT_PLAIN = AsciiSet.controlsAnd(BACKSLASHED + "&<>\"");

  private MarkdownText() {}

  static String escape(String value) {
    if (isPlain(value)) {
      return value; // the common case, and the hot one: most values need nothing
    }
    var out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean atEdge = i == 0 || i == value.length() - 1;
      if (atEdge && (c == ' ' || c == '\t')) {
        out.append("&#").append((int) c).append(';');
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("<br>");
        case '\r' -> {}
        default -> {
          if (BACKSLASHED.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  private static boolean isPlain(String value) {
    if (value.isEmpty()) {
      return true;
    }
    if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (NOT_PLAIN.contains(c)) {
        return false;
      }
    }
    return true;
  }
}
