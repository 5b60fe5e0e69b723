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
  private final List<HoconToken> tokens;
  private final String file;
  private final Map<List<String>, Integer> firstLine = new HashMap<>();
  private final List<Diagnostic> found = new ArrayList<>();
  private int next;

  /** The first line of each key path, and the duplicate definitions found. */
  record KeyLines(Map<List<String>, Integer> lines, List<Diagnostic> duplicates) {
    static final KeyLines NONE = new KeyLines(Map.of(), List.of());

    int line(List<String> path) {
      return lines.getOrDefault(path, 0);
    }
  }

  private KeyScanner(String file, String text) {
    this.file = file;
    this.tokens = HoconToken.tokenize(text);
  }

  static KeyLines scan(String file, String text) {
    var scanner = new KeyScanner(file, text);
    scanner.object(List.of(), false);
    return new KeyLines(scanner.firstLine, scanner.found);
  }

  private void object(List<String> prefix, boolean braced) {
    while (next < tokens.size()) {
      HoconToken token = tokens.get(next);
      switch (token.kind()) {
        case NEWLINE, COMMA -> next++;
        case CLOSE_BRACE -> {
          next++;
          if (braced) {
            return;
          }
        }
        case WORD, STRING -> field(prefix);
        default -> next++; // stray punctuation: the real parser has already accepted the file
      }
    }
  }

  private void field(List<String> prefix) {
    int line = tokens.get(next).line();
    if (tokens.get(next).isWord("include")) {
      skipLine();
      return;
    }
    var path = new ArrayList<>(prefix);
    while (next < tokens.size() && tokens.get(next).isKeyPart()) {
      path.addAll(tokens.get(next).keyElements());
      next++;
    }
    if (next < tokens.size() && tokens.get(next).kind() == HoconToken.Kind.SEPARATOR) {
      next++;
    }
    record(path, line);
    value(path);
  }

  private void value(List<String> path) {
    while (next < tokens.size()) {
      HoconToken token = tokens.get(next);
      switch (token.kind()) {
        case OPEN_BRACE -> {
          next++;
          object(path, true);
        }
        case OPEN_BRACKET -> skipBalanced();
        case NEWLINE, COMMA, CLOSE_BRACE -> {
          return;
        }
        default -> next++;
      }
    }
  }

  private void skipBalanced() {
    int depth = 0;
    do {
      HoconToken.Kind kind = tokens.get(next).kind();
      if (kind == HoconToken.Kind.OPEN_BRACKET || kind == HoconToken.Kind.OPEN_BRACE) {
        depth++;
      } else if (kind == HoconToken.Kind.CLOSE_BRACKET || kind == HoconToken.Kind.CLOSE_BRACE) {
        depth--;
      }
      next++;
    } while (depth > 0 && next < tokens.size());
  }

  private void skipLine() {
    while (next < tokens.size() && tokens.get(next).kind() != HoconToken.Kind.NEWLINE) {
      next++;
    }
  }

  private void record(List<String> path, int line) {
    for (int i = 1; i < path.size(); i++) {
      firstLine.putIfAbsent(List.copyOf(path.subList(0, i)), line);
    }
    Integer first = firstLine.putIfAbsent(List.copyOf(path), line);
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
