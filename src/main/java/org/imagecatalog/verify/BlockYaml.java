package org.imagecatalog.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the narrow, line-shaped YAML that manifests are made of: block mappings and sequences,
 * one-line scalars, {@code ---} between documents, comment lines. Anything else, and anything that
 * a YAML 1.1 reader might read differently, it declines: then the full parser reads the text
 * instead, and reports any syntax error.
 *
 * <p>Why a second reader: the full parser reads about 10 MB/s per core, and parsing every manifest
 * back was the largest stage of a run. This one reads what templates write several times faster.
 * What it accepts it must read exactly as the full parser does; {@code BlockYamlTest} holds it to
 * that on every rendered test case and on tens of thousands of edited documents. So it declines
 * generously: plain scalars that do not start with a letter, {@code _} or {@code /} (numbers among
 * them), the words YAML 1.1 reads as booleans or null except {@code true} and {@code false},
 * escapes other than a backslash before {@code "}, a backslash, {@code n}, {@code t}, {@code r}, or
 * {@code u} and four hex digits, multi-line scalars, flow collections other than empty ones,
 * anchors, tags, comments after content, tabs, and line breaks other than LF.
 */
final class BlockYaml {
  /** Below the full parser's own nesting and simple-key limits, so those stay its to report. */
  private static final int DEEPEST = 40;

  private static final int LONGEST_KEY = 1000;

  /** The full parser refuses a document of over 3 Mi code points; this reader stops well short. */
  private static final int LONGEST_DOCUMENT = 2_000_000;

  /** The content of a document marker line or the end of the text: it closes every block. */
  private static final int CLOSED = -1;

  /** The text as an array: {@code String.charAt} checks its coding and bounds on each call. */
  private final char[] text;

  /** The line being read: its first index, and the index of its LF (or the text's end). */
  private int lineStart;

  private int lineEnd;

  /** Where the line's unread content starts, and its column; a sequence entry moves both. */
  private int at;

  private int indent;

  private BlockYaml(char[] text) {
    this.text = text;
  }

  /** The non-empty documents of the text, or empty when the text is beyond this reader. */
  static Optional<List<Object>> read(String text) {
    char[] chars = text.toCharArray();
    if (!onlyPlainCharacters(chars)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BlockYaml(chars).documents());
    } catch (Declined e) {
      return Optional.empty();
    }
  }

  private List<Object> documents() {
    var documents = new ArrayList<Object>();
    lineEnd = -1;
    nextLine();
    int documentStart = 0;
    while (lineStart < text.length) {
      if (indent == CLOSED) {
        documentStart = lineStart;
        nextLine();
      } else {
        documents.add(block(indent, 0));
        if (indent != CLOSED || lineStart - documentStart > LONGEST_DOCUMENT) {
          throw Declined.INSTANCE;
        }
      }
    }
    return documents;
  }

  private Object block(int column, int depth) {
    if (depth > DEEPEST) {
      throw Declined.INSTANCE;
    }
    return isEntry() ? sequence(column, depth) : mapping(column, depth);
  }

  private Map<String, Object> mapping(int column, int depth) {
    var map = new LinkedHashMap<String, Object>();
    while (indent == column && !isEntry()) {
      String key = key();
      skipSpaces();
      Object value;
      if (at < lineEnd) {
        value = scalarToLineEnd();
        nextLine();
      } else {
        nextLine();
        value =
            indent > column || (indent == column && isEntry()) ? block(indent, depth + 1) : null;
      }
      if (indent > column || map.containsKey(key)) {
        throw Declined.INSTANCE;
      }
      map.put(key, value);
    }
    return map;
  }

  private List<Object> sequence(int column, int depth) {
    var list = new ArrayList<Object>();
    while (indent == column && isEntry()) {
      at++;
      skipSpaces();
      Object item;
      if (at == lineEnd) {
        nextLine();
        item = indent > column ? block(indent, depth + 1) : null;
      } else if (startsMapping()) {
        indent = at - lineStart;
        item = mapping(indent, depth + 1);
      } else {
        item = scalarToLineEnd();
        nextLine();
      }
      if (indent > column) {
        throw Declined.INSTANCE;
      }
      list.add(item);
    }
    return list;
  }

  private boolean isEntry() {
    return text[at] == '-' && (at + 1 == lineEnd || text[at + 1] == ' ');
  }

  /** Whether the content from here on is {@code key: ...}: a mapping that starts mid-line. */
  private boolean startsMapping() {
    int start = at;
    try {
      key();
      return true;
    } catch (Declined e) {
      return false;
    } finally {
      at = start;
    }
  }

  private String key() {
    int start = at;
    String key =
        switch (text[at]) {
          case '"' -> doubleQuoted();
          case '\'' -> singleQuoted();
          default -> plainKey();
        };
    if (at - start > LONGEST_KEY || at == lineEnd || text[at] != ':') {
      throw Declined.INSTANCE;
    }
    at++;
    if (at < lineEnd && text[at] != ' ') {
      throw Declined.INSTANCE;
    }
    return key;
  }

  private String plainKey() {
    int start = at;
    requirePlainStart();
    while (at < lineEnd && !(text[at] == ':' && isBlankOrEnd(at + 1))) {
      requirePlainContinues();
      at++;
    }
    if (text[at - 1] == ' ') {
      throw Declined.INSTANCE;
    }
    return new String(text, start, at - start);
  }

  /** A value that runs to the end of the line; a continuation line is for the caller to refuse. */
  private Object scalarToLineEnd() {
    Object value =
        switch (text[at]) {
          case '"' -> doubleQuoted();
          case '\'' -> singleQuoted();
          case '{' -> emptyFlow("{}", new LinkedHashMap<String, Object>());
          case '[' -> emptyFlow("[]", new ArrayList<Object>());
          default -> plainValue();
        };
    if (at != lineEnd) {
      throw Declined.INSTANCE;
    }
    return value;
  }

  private Object emptyFlow(String written, Object empty) {
    if (!startsWith(written)) {
      throw Declined.INSTANCE;
    }
    at += written.length();
    return empty;
  }

  /**
   * A plain word as the full parser resolves it: {@code true} and {@code false} are booleans, and
   * text that starts with a letter, {@code _} or {@code /} is a string, except the other words YAML
   * 1.1 resolves, which are declined.
   */
  private Object plainValue() {
    int start = at;
    requirePlainStart();
    while (at < lineEnd) {
      if (text[at] == ':' && isBlankOrEnd(at + 1)) {
        throw Declined.INSTANCE;
      }
      requirePlainContinues();
      at++;
    }
    if (text[at - 1] == ' ') {
      throw Declined.INSTANCE;
    }
    String value = new String(text, start, at - start);
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        if (isResolvedWord(value)) {
          throw Declined.INSTANCE;
        }
        yield value;
      }
    };
  }

  private static boolean isResolvedWord(String value) {
    return value.length() <= 5
        && switch (value.toLowerCase(Locale.ROOT)) {
          case "true", "false", "yes", "no", "on", "off", "y", "n", "null" -> true;
          default -> false;
        };
  }

  private void requirePlainStart() {
    char c = text[at];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '/')) {
      throw Declined.INSTANCE;
    }
  }

  /** A comment would start at a {@code #} after a space. */
  private void requirePlainContinues() {
    if (text[at] == '#' && text[at - 1] == ' ') {
      throw Declined.INSTANCE;
    }
  }

  private boolean isBlankOrEnd(int index) {
    return index == lineEnd || text[index] == ' ';
  }

  private String doubleQuoted() {
    var value = new StringBuilder();
    at++;
    while (at < lineEnd) {
      char c = text[at++];
      if (c == '"') {
        return value.toString();
      }
      value.append(c == '\\' ? escaped() : c);
    }
    throw Declined.INSTANCE;
  }

  private char escaped() {
    if (at == lineEnd) {
      throw Declined.INSTANCE;
    }
    char c = text[at++];
    return switch (c) {
      case '"', '\\' -> c;
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case 'u' -> unicodeEscape();
      default -> throw Declined.INSTANCE;
    };
  }

  private char unicodeEscape() {
    if (at + 4 > lineEnd) {
      throw Declined.INSTANCE;
    }
    int code = 0;
    for (int end = at + 4; at < end; at++) {
      code = code * 16 + hexDigit(text[at]);
    }
    if (Character.isSurrogate((char) code)) {
      throw Declined.INSTANCE;
    }
    return (char) code;
  }

  /** ASCII only: {@link Character#digit} would also take other scripts' digits. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
      return (c | 0x20) - 'a' + 10;
    }
    throw Declined.INSTANCE;
  }

  private String singleQuoted() {
    var value = new StringBuilder();
    at++;
    while (at < lineEnd) {
      char c = text[at++];
      if (c == '\'') {
        if (at == lineEnd || text[at] != '\'') {
          return value.toString();
        }
        at++;
      }
      value.append(c);
    }
    throw Declined.INSTANCE;
  }

  private void skipSpaces() {
    while (at < lineEnd && text[at] == ' ') {
      at++;
    }
  }

  /**
   * Moves to the next line with content, past blank and comment lines. Its indent is the content's
   * column, or {@link #CLOSED} at a {@code ---} line and at the end of the text.
   */
  private void nextLine() {
    while (true) {
      lineStart = lineEnd + 1;
      if (lineStart >= text.length) {
        lineStart = text.length;
        lineEnd = lineStart;
        indent = CLOSED;
        return;
      }
      lineEnd = lineStart;
      while (lineEnd < text.length && text[lineEnd] != '\n') {
        lineEnd++;
      }
      at = lineStart;
      skipSpaces();
      if (at < lineEnd && text[at] != '#') {
        indent = at - lineStart;
        if (indent == 0 && isMarker()) {
          indent = CLOSED;
        }
        return;
      }
    }
  }

  /**
   * A line that starts with {@code ---} or {@code ...} is a marker: a bare {@code ---} is read,
   * every other one declined.
   */
  private boolean isMarker() {
    if (!startsWith("---") && !startsWith("...")) {
      return false;
    }
    if (lineEnd - at != 3 || text[at] == '.') {
      throw Declined.INSTANCE;
    }
    return true;
  }

  private boolean startsWith(String written) {
    if (lineEnd - at < written.length()) {
      return false;
    }
    for (int i = 0; i < written.length(); i++) {
      if (text[at + i] != written.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Printable characters and LF only: no tab, CR, byte order mark, lone surrogate, or the line
   * breaks that YAML 1.1 adds to LF (NEL, LS, PS).
   */
  private static boolean onlyPlainCharacters(char[] text) {
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if ((c >= ' ' && c <= '~') || c == '\n') {
        continue;
      }
      if (c < 0xa0 || c == 0x2028 || c == 0x2029 || c == 0xfeff || c >= 0xfffe) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 == text.length
            || !Character.isLowSurrogate(text[i + 1])) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /** Thrown to give up on a text: no stack trace, since it is caught a few frames up. */
  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // One shared instance: it carries no stack trace and no state, so sharing it costs nothing.
    @SuppressWarnings("StaticAssignmentOfThrowable")
    static final Declined INSTANCE = new Declined();

    private Declined() {
      super(null, null, false, false);
    }
  }
}
