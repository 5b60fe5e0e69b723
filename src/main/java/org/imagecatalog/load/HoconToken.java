package org.imagecatalog.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A token of HOCON text, as much as {@link DuplicateScanner} needs: keys, values, nesting. */
record HoconToken(Kind kind, String text, int line) {
  enum Kind {
    OPEN_BRACE,
    CLOSE_BRACE,
    OPEN_BRACKET,
    CLOSE_BRACKET,
    COMMA,
    NEWLINE,
    SEPARATOR,
    STRING,
    WORD,
    SUBSTITUTION
  }

  private static final String NOT_IN_WORD = "{}[],=:#\"$\n+";

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equals(word);
  }

  boolean isKeyPart() {
    return kind == Kind.WORD || kind == Kind.STRING;
  }

  /** An unquoted key is a path split at dots; a quoted one is a single element. */
  List<String> keyElements() {
    if (kind == Kind.STRING) {
      return List.of(text);
    }
    return Arrays.stream(text.split("\\.")).filter(s -> !s.isEmpty()).toList();
  }

  static List<HoconToken> tokenize(String text) {
    var out = new ArrayList<HoconToken>();
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int start = i;
      if (c == '\n') {
        out.add(new HoconToken(Kind.NEWLINE, "\n", line++));
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#' || text.startsWith("//", i)) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (text.startsWith("\"\"\"", i)) {
        int end = text.indexOf("\"\"\"", i + 3);
        end = end < 0 ? text.length() : end + 3;
        while (end < text.length() && text.charAt(end) == '"') {
          end++;
        }
        out.add(new HoconToken(Kind.STRING, text.substring(i + 3, Math.max(i + 3, end - 3)), line));
        line += count(text, i, end);
        i = end;
      } else if (c == '"') {
        i = quoted(text, i, line, out);
      } else if (c == '$' && text.startsWith("${", i)) {
        int end = text.indexOf('}', i);
        i = end < 0 ? text.length() : end + 1;
        out.add(new HoconToken(Kind.SUBSTITUTION, text.substring(start, i), line));
      } else if (c == '=' || c == ':') {
        out.add(new HoconToken(Kind.SEPARATOR, String.valueOf(c), line));
        i++;
      } else if (text.startsWith("+=", i)) {
        out.add(new HoconToken(Kind.SEPARATOR, "+=", line));
        i += 2;
      } else if ("{}[],".indexOf(c) >= 0) {
        out.add(new HoconToken(punctuation(c), String.valueOf(c), line));
        i++;
      } else {
        i = word(text, i, line, out);
      }
    }
    return out;
  }

  private static int quoted(String text, int i, int line, List<HoconToken> out) {
    var value = new StringBuilder();
    int j = i + 1;
    while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
      if (text.charAt(j) == '\\' && j + 1 < text.length()) {
        j++;
      }
      value.append(text.charAt(j));
      j++;
    }
    out.add(new HoconToken(Kind.STRING, value.toString(), line));
    return Math.min(j + 1, text.length());
  }

  private static int word(String text, int i, int line, List<HoconToken> out) {
    int j = i;
    while (j < text.length()
        && !Character.isWhitespace(text.charAt(j))
        && NOT_IN_WORD.indexOf(text.charAt(j)) < 0
        && !text.startsWith("//", j)) {
      j++;
    }
    if (j == i) {
      j++; // a lone character the scanner has no use for, such as '+'
    }
    out.add(new HoconToken(Kind.WORD, text.substring(i, j), line));
    return j;
  }

  private static Kind punctuation(char c) {
    return switch (c) {
      case '{' -> Kind.OPEN_BRACE;
      case '}' -> Kind.CLOSE_BRACE;
      case '[' -> Kind.OPEN_BRACKET;
      case ']' -> Kind.CLOSE_BRACKET;
      default -> Kind.COMMA;
    };
  }

  private static int count(String text, int from, int to) {
    return (int) text.substring(from, to).chars().filter(ch -> ch == '\n').count();
  }
}
