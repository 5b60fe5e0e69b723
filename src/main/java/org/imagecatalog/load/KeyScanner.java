package org.imagecatalog.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.CatalogPath;

/**
 * Reads the catalog's text for what the parsed tree has lost: the line of every key, and image
 * streams and tags written twice. HOCON merges duplicate objects and keeps the last duplicate
 * value without a word, and a value built by substitution carries the origin of the substituted
 * value, not of its key. Just enough of HOCON's syntax is read to follow keys and nesting.
 */
final class KeyScanner {
  /** Joins key path elements into one map key; no HOCON key contains it. */
  static final char SEPARATOR = '\0';

  private final HoconToken token;
  private final String file;
  private final Map<String, Integer> firstLine = new HashMap<>();
  private final List<Diagnostic> found = new ArrayList<>();

  /** The first line of each key path (elements joined by {@link #SEPARATOR}), and duplicates. */
  record KeyLines(Map<String, Integer> lines, List<Diagnostic> duplicates) {
    int line(String keyPath) {
      return lines.getOrDefault(keyPath, 0);
    }
  }

  private KeyScanner(String file, String text) {
    this.file = file;
    this.token = new HoconToken(text);
  }

  static KeyLines scan(String file, String text) {
    var scanner = new KeyScanner(file, text);
    scanner.object(List.of(), false);
    return new KeyLines(scanner.firstLine, scanner.found);
  }

  static String child(String keyPath, String key) {
    return keyPath.isEmpty() ? key : keyPath + SEPARATOR + key;
  }

  private void object(List<String> prefix, boolean braced) {
    while (token.kind() != HoconToken.Kind.END) {
      switch (token.kind()) {
        case CLOSE_BRACE -> {
          token.advance();
          if (braced) {
            return;
          }
        }
        case WORD, STRING -> field(prefix);
        default -> token.advance(); // newlines, commas; the real parser accepted the rest
      }
    }
  }

  private void field(List<String> prefix) {
    int line = token.line();
    if (token.isWord("include")) {
      skipLine();
      return;
    }
    var path = new ArrayList<>(prefix);
    while (token.isKeyPart()) {
      path.addAll(token.keyElements());
      token.advance();
    }
    if (token.kind() == HoconToken.Kind.SEPARATOR) {
      token.advance();
    }
    record(prefix.size(), path, line);
    value(path, HoconToken.Kind.CLOSE_BRACE);
  }

  /** Reads one value: up to the end of its line, a comma, or the enclosing {@code closing}. */
  private void value(List<String> path, HoconToken.Kind closing) {
    while (token.kind() != HoconToken.Kind.END) {
      HoconToken.Kind kind = token.kind();
      if (kind == HoconToken.Kind.OPEN_BRACE) {
        token.advance();
        object(path, true);
      } else if (kind == HoconToken.Kind.OPEN_BRACKET) {
        array(path);
      } else if (kind == HoconToken.Kind.NEWLINE || kind == HoconToken.Kind.COMMA || kind == closing) {
        return;
      } else {
        token.advance();
      }
    }
  }

  /** Records each item's line as {@code key[i]}, and the keys of items that are objects. */
  private void array(List<String> path) {
    token.advance();
    int index = 0;
    while (token.kind() != HoconToken.Kind.END) {
      switch (token.kind()) {
        case NEWLINE, COMMA -> token.advance();
        case CLOSE_BRACKET -> {
          token.advance();
          return;
        }
        default -> item(indexed(path, index++));
      }
    }
  }

  private void item(List<String> path) {
    firstLine.putIfAbsent(String.join(String.valueOf(SEPARATOR), path), token.line());
    value(path, HoconToken.Kind.CLOSE_BRACKET);
  }

  /** The path of a list's item: its key with the index, as {@code outputs[0]}. */
  static List<String> indexed(List<String> path, int index) {
    var item = new ArrayList<>(path.subList(0, Math.max(0, path.size() - 1)));
    item.add((path.isEmpty() ? "" : path.get(path.size() - 1)) + "[" + index + "]");
    return item;
  }

  private void skipLine() {
    while (token.kind() != HoconToken.Kind.NEWLINE && token.kind() != HoconToken.Kind.END) {
      token.advance();
    }
  }

  /** Records the line of each path this key opens: a dotted key opens several at once. */
  private void record(int inherited, List<String> path, int line) {
    String keyPath = String.join(String.valueOf(SEPARATOR), path.subList(0, inherited));
    Integer first = null;
    for (int i = inherited; i < path.size(); i++) {
      keyPath = child(keyPath, path.get(i));
      first = firstLine.putIfAbsent(keyPath, line);
    }
    String what = describe(path);
    if (first != null && what != null) {
      found.add(
          Diagnostic.error(
                  "duplicate-definition",
                  new SourcePosition(file, line),
                  path.stream().reduce("", CatalogPath::join),
                  what + " is defined twice; HOCON would merge the two silently")
              .withNote(new SourcePosition(file, first), "first defined here"));
    }
  }

  /** Streams ({@code namespaces.N.S}) and tags ({@code namespaces.N.S.tags.T}); null otherwise. */
  private static String describe(List<String> path) {
    if (path.size() < 3 || !path.get(0).equals("namespaces")) {
      return null;
    }
    String target = path.get(1) + "/" + path.get(2);
    if (path.size() == 3 && !path.get(2).equals(CatalogBinder.DEFAULTS)) {
      return "image stream " + target;
    }
    if (path.size() == 5 && path.get(3).equals("tags")) {
      return "tag " + target + ":" + path.get(4);
    }
    return null;
  }
}
