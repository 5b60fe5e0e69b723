package org.imagecatalog.load;

import java.util.Arrays;
import java.util.List;

/**
 * Reads HOCON text one token at a time, as much as {@link KeyScanner} needs: keys, values, nesting.
 * Streaming keeps a large catalog's text from turning into millions of token objects.
 */
final class HoconToken {
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
    SUBSTITUTION,
    END
  }

  private static final String NOT_IN_WORD = "{}[],=:#\"$\n+";

  private final String text;
  private int position;
  private int line = 1;
  private Kind kind;
  private String value;
  private int tokenLine;

  HoconToken(String text) {
    this.text = text;
    advance();
  }

  Kind kind() {
    return kind;
  }

  int line() {
    return tokenLine;
  }

  /** A string's text, unescaped, a word as written, or a substitution's path. */
  String text() {
    return value;
  }

  boolean isWord(String word) {
    return kind == Kind.WORD && value.equals(word);
  }

  boolean isKeyPart() {
    return kind == Kind.WORD || kind == Kind.STRING;
  }

  /** An unquoted key is a path split at dots; a quoted one is a single element. */
  List<String> keyElements() {
    if (kind == Kind.STRING) {
      return List.of(value);
    }
    if (value.indexOf('.') < 0) {
      return List.of(value);
    }
    return Arrays.stream(value.split("\\.")).filter(s -> !s.isEmpty()).toList();
  }

  /** Moves to the next token; at the end of the text the kind is {@link Kind#END}. */
  void advance() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '\n') {
        set(Kind.NEWLINE, "\n", position + 1);
        line++;
        return;
      }
      if (Character.isWhitespace(c)) {
        position++;
      } else if (c == '#' || text.startsWith("//", position)) {
        while (position < text.length() && text.charAt(position) != '\n') {
          position++;
        }
      } else {
        token(c);
        return;
      }
    }
    kind = Kind.END;
    value = "";
    tokenLine = line;
  }

  private void token(char c) {
    if (text.startsWith("\"\"\"", position)) {
      tripleQuoted();
    } else if (c == '"') {
      quoted();
    } else if (c == '$' && text.startsWith("${", position)) {
      int end = text.indexOf('}', position);
      String expression = text.substring(position + 2, end < 0 ? text.length() : end).strip();
      set(
          Kind.SUBSTITUTION,
          expression.startsWith("?") ? expression.substring(1).strip() : expression,
          end < 0 ? text.length() : end + 1);
    } else if (c == '=' || c == ':') {
      set(Kind.SEPARATOR, "", position + 1);
    } else if (text.startsWith("+=", position)) {
      set(Kind.SEPARATOR, "", position + 2);
    } else if ("{}[],".indexOf(c) >= 0) {
      set(punctuation(c), "", position + 1);
    } else {
      word();
    }
  }

  private void set(Kind newKind, String newValue, int end) {
    kind = newKind;
    value = newValue;
    tokenLine = line;
    position = end;
  }

  private void tripleQuoted() {
    int start = position + 3;
    int end = text.indexOf("\"\"\"", start);
    end = end < 0 ? text.length() : end + 3;
    while (end < text.length() && text.charAt(end) == '"') {
      end++;
    }
    set(Kind.STRING, text.substring(start, Math.max(start, end - 3)), end);
    for (int i = start; i < end; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
  }

  private void quoted() {
    int j = position + 1;
    int close = text.indexOf('"', j);
    if (close >= 0 && plainBetween(j, close)) {
      set(Kind.STRING, text.substring(j, close), close + 1); // the common case: no escapes
      return;
    }
    var unescaped = new StringBuilder();
    while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
      if (text.charAt(j) == '\\' && j + 1 < text.length()) {
        j++;
      }
      unescaped.append(text.charAt(j));
      j++;
    }
    set(Kind.STRING, unescaped.toString(), Math.min(j + 1, text.length()));
  }

  private boolean plainBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '\n') {
        return false;
      }
    }
    return true;
  }

  private void word() {
    int j = position;
    while (j < text.length()
        && !Character.isWhitespace(text.charAt(j))
        && NOT_IN_WORD.indexOf(text.charAt(j)) < 0
        && !text.startsWith("//", j)) {
      j++;
    }
    if (j == position) {
      j++; // a lone character the scanner has no use for, such as '+'
    }
    set(Kind.WORD, text.substring(position, j), j);
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
}
