package org.imagecatalog.diag;

/**
 * Keeps a line of the tool's output from being read as a command by a CI runner. The GitHub Actions
 * runner (actions/runner, {@code ActionCommand.TryParseV2} and {@code TryParse}) takes a line as a
 * command when, after leading white space, it starts with {@code ::name} and holds a second {@code
 * ::}, or when {@code ##[name} appears anywhere in it; Azure Pipelines reads {@code ##vso[} and
 * TeamCity {@code ##teamcity[} the same way. The runner matches those prefixes with .NET's
 * culture-aware {@code StartsWith} and {@code IndexOf}, which pass over characters the collation
 * ignores (soft hyphens, zero-width and other format characters, controls, variation selectors), so
 * a soft hyphen before {@code ::add-mask::x} still makes a command; and it splits lines at CR as
 * well as LF.
 *
 * <p>So a line is made inert by escaping, the way {@link PrintableText} shows a control character
 * (a backslash, {@code u} and four hex digits), the character a command needs and a reader can
 * spare: the first {@code :} (or a look-alike) of a line when only blanks and invisible characters
 * come before it; every {@code [} (or a look-alike) that follows {@code ##} and letters, invisible
 * characters allowed between them; and every CR. Which characters count as invisible is decided
 * generously (every control, format, private-use, unassigned, combining, separator and modifier
 * character): treating too many as invisible only escapes a character more, treating one too few
 * would let a command through. A line that needs none of this is returned as it is.
 */
public final class WorkflowCommands {
  private WorkflowCommands() {}

  /** The line as the runner cannot take it for a command; without its line break. */
  public static String neutralised(String line) {
    int colon = leadingColon(line);
    if (colon < 0 && !needsEscapes(line)) {
      return line; // the common case
    }
    var out = new StringBuilder(line.length() + 16);
    var hashes = new Hashes();
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      if (hashes.bracketEndsCommand(c) || i == colon || c == '\r' || c == '\n') {
        String hex = Integer.toHexString(c); // each escaped character is in the BMP
        out.append("\\u").append("0000", hex.length(), 4).append(hex);
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static boolean needsEscapes(String line) {
    var hashes = new Hashes();
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      if (c == '\r' || c == '\n' || hashes.bracketEndsCommand(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** The index of a colon that could start a {@code ::command}, or -1. */
  private static int leadingColon(String line) {
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      if (isColon(c)) {
        return i;
      }
      if (!isInvisible(c) && !Character.isWhitespace(c)) {
        return -1;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /**
   * Reads a line a character at a time and tells which bracket would end a {@code ##name[}: two
   * hashes, then ASCII letters, invisible characters anywhere between.
   */
  private static final class Hashes {
    private int count;
    private boolean named;

    boolean bracketEndsCommand(int c) {
      if (isInvisible(c) && !Character.isSpaceChar(c)) {
        return false; // a space is not passed over: every collation weighs it
      }
      if (isHash(c)) {
        count = Math.min(2, count + 1);
        named = count == 2;
        return false;
      }
      boolean ends = named && isBracket(c);
      if (!(named && isLetter(c))) {
        count = 0;
        named = false;
      }
      return ends;
    }
  }

  private static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A colon, or a character Unicode folds to one (NFKC): vertical, small and fullwidth forms. */
  private static boolean isColon(int c) {
    return c == ':' || c == 0xfe13 || c == 0xfe55 || c == 0xff1a;
  }

  private static boolean isHash(int c) {
    return c == '#' || c == 0xfe5f || c == 0xff03;
  }

  private static boolean isBracket(int c) {
    return c == '[' || c == 0xfe47 || c == 0xff3b;
  }

  /**
   * A character a collation may pass over, taken generously: controls, format characters,
   * surrogates, private use, unassigned code points, combining marks, separators and modifiers; the
   * letters Unicode lists as default-ignorable (the Hangul fillers) or that fonts draw as nothing
   * but a stretch (the Arabic tatweel).
   */
  static boolean isInvisible(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.MODIFIER_LETTER,
          Character.MODIFIER_SYMBOL ->
          true;
      default -> c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0 || c == 0x0640;
    };
  }
}
