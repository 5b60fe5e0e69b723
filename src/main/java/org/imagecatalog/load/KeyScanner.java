package org.imagecatalog.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.CatalogPath;

/**
 * Reads the catalog's text for what the parsed tree has lost: where every key was written, and
 * image streams and tags written twice. HOCON merges duplicate objects and keeps the last duplicate
 * value without a word, and a value built by substitution carries the origin of the substituted
 * value, not of its key. Just enough of HOCON's syntax is read to follow keys, nesting and
 * includes, so a stream written both in the main file and in an included one is found too.
 */
final class KeyScanner {
  /** Joins key path elements into one map key; no HOCON key contains it. */
  static final char SEPARATOR = '\0';

  /** Includes nested deeper are a cycle, which the parser reports. */
  private static final int MAX_INCLUDE_DEPTH = 50;

  /**
   * Objects and lists nested deeper, or keys of more elements, are refused: a catalog needs a few
   * levels, and the library's parser recurses once per level, so ten thousand would overflow it.
   */
  static final int MAX_NESTING = 64;

  /** What the scans of the main file and of every file it includes find together. */
  private record Findings(
      Path root,
      Map<String, SourcePosition> first,
      Map<String, String> numbers,
      List<Diagnostic> found,
      Substitutions growth) {}

  private final Findings findings;
  private final Path file;
  private final String shown;
  private final HoconToken token;
  private final int depth;

  /** How many objects and lists the scan is inside, in this file and those including it. */
  private int nesting;

  /**
   * Where each key path (elements joined by {@link #SEPARATOR}) was first written, the unquoted
   * numbers as written (HOCON keeps only their value: {@code 1.10} is 1.1), and problems: keys
   * written twice, nesting past {@link #MAX_NESTING}, substitutions that grow too large.
   */
  record KeyLines(
      Map<String, SourcePosition> positions,
      Map<String, String> numbers,
      List<Diagnostic> problems) {
    /** Where the key was written, or null when the scan did not see it. */
    SourcePosition at(String keyPath) {
      return positions.get(keyPath);
    }

    /** The key's value as written when it is an unquoted number, or null. */
    String writtenNumber(String keyPath) {
      return numbers.get(keyPath);
    }
  }

  /**
   * @param file where the text's includes are resolved from: a sibling of it
   * @param shown the file as positions name it
   */
  private KeyScanner(
      Findings findings, Path file, String shown, String text, int depth, int nesting) {
    this.findings = findings;
    this.file = file;
    this.shown = shown;
    this.token = new HoconToken(text);
    this.depth = depth;
    this.nesting = nesting;
  }

  /**
   * @param source the catalog; included files are named as the parser's origins name them, absolute
   *     and normalized
   */
  static KeyLines scan(CatalogSource source) {
    Path root = source.includeRoot();
    var findings =
        new Findings(
            root, new HashMap<>(), new HashMap<>(), new ArrayList<>(), new Substitutions());
    new KeyScanner(findings, root.resolve(source.fileName()), source.name(), source.text(), 0, 0)
        .object(List.of(), false);
    findings.found().addAll(findings.growth().problems(findings.first()));
    return new KeyLines(findings.first(), findings.numbers(), findings.found());
  }

  static String child(String keyPath, String key) {
    return keyPath.isEmpty() ? key : keyPath + SEPARATOR + key;
  }

  private static String keyPath(List<String> path) {
    return String.join(String.valueOf(SEPARATOR), path);
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
      include(prefix);
      return;
    }
    var path = new ArrayList<>(prefix);
    while (token.isKeyPart()) {
      path.addAll(token.keyElements());
      token.advance();
    }
    if (path.size() > MAX_NESTING) {
      tooDeep(line, "a key of " + path.size() + " elements");
      skipValue(HoconToken.Kind.CLOSE_BRACE);
      return;
    }
    if (token.kind() == HoconToken.Kind.SEPARATOR) {
      token.advance();
    }
    noteNumber(path);
    record(prefix.size(), path, line, token.kind() != HoconToken.Kind.OPEN_BRACE);
    value(path, HoconToken.Kind.CLOSE_BRACE);
  }

  /**
   * Reads one value: up to the end of its line, a comma, or the enclosing {@code closing}; notes
   * its literal length and its substitutions for {@link Substitutions}.
   */
  private void value(List<String> path, HoconToken.Kind closing) {
    int line = token.line();
    long literal = 0;
    List<String> substituted = null;
    boolean object = false;
    while (token.kind() != HoconToken.Kind.END) {
      HoconToken.Kind kind = token.kind();
      if (kind == HoconToken.Kind.OPEN_BRACE || kind == HoconToken.Kind.OPEN_BRACKET) {
        object |= kind == HoconToken.Kind.OPEN_BRACE;
        nested(path, kind);
      } else if (kind == HoconToken.Kind.NEWLINE
          || kind == HoconToken.Kind.COMMA
          || kind == closing) {
        break;
      } else {
        if (kind == HoconToken.Kind.SUBSTITUTION) {
          substituted = substituted == null ? new ArrayList<>() : substituted;
          substituted.add(token.text());
        } else if (kind == HoconToken.Kind.STRING || kind == HoconToken.Kind.WORD) {
          literal += token.text().length();
        }
        token.advance();
      }
    }
    if (substituted != null) {
      findings.growth().add(keyPath(path), literal, substituted, object, here(line));
    }
  }

  /** An object or a list inside a value, unless it nests past {@link #MAX_NESTING}. */
  private void nested(List<String> path, HoconToken.Kind kind) {
    if (nesting >= MAX_NESTING) {
      tooDeep(token.line(), "objects and lists nested " + (nesting + 1) + " deep");
      skipNested();
      return;
    }
    nesting++;
    if (kind == HoconToken.Kind.OPEN_BRACE) {
      token.advance();
      object(path, true);
    } else {
      array(path);
    }
    nesting--;
  }

  private void tooDeep(int line, String what) {
    findings
        .found()
        .add(
            Diagnostic.error(
                "nesting",
                here(line),
                "",
                what + ": a catalog may nest at most " + MAX_NESTING + " levels, and needs a few"));
  }

  /** Passes over a nested object or list whole, counting brackets instead of recursing. */
  private void skipNested() {
    int open = 0;
    do {
      HoconToken.Kind kind = token.kind();
      if (kind == HoconToken.Kind.OPEN_BRACE || kind == HoconToken.Kind.OPEN_BRACKET) {
        open++;
      } else if (kind == HoconToken.Kind.CLOSE_BRACE || kind == HoconToken.Kind.CLOSE_BRACKET) {
        open--;
      }
      token.advance();
    } while (open > 0 && token.kind() != HoconToken.Kind.END);
  }

  /** Passes over the rest of a value that is not read. */
  private void skipValue(HoconToken.Kind closing) {
    while (token.kind() != HoconToken.Kind.END
        && token.kind() != HoconToken.Kind.NEWLINE
        && token.kind() != HoconToken.Kind.COMMA
        && token.kind() != closing) {
      if (token.kind() == HoconToken.Kind.OPEN_BRACE
          || token.kind() == HoconToken.Kind.OPEN_BRACKET) {
        skipNested();
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
    findings.first().putIfAbsent(keyPath(path), here(token.line()));
    noteNumber(path);
    value(path, HoconToken.Kind.CLOSE_BRACKET);
  }

  /** Keeps the value's text when it starts with an unquoted number; the last wins, as in HOCON. */
  private void noteNumber(List<String> path) {
    if (token.kind() == HoconToken.Kind.WORD && looksNumeric(token.text())) {
      findings.numbers().put(keyPath(path), token.text());
    }
  }

  private static boolean looksNumeric(String word) {
    int digits = word.startsWith("-") ? 1 : 0;
    if (word.length() <= digits || !Character.isDigit(word.charAt(digits))) {
      return false;
    }
    for (int i = digits; i < word.length(); i++) {
      if ("0123456789.eE+-".indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private SourcePosition here(int line) {
    return new SourcePosition(shown, line);
  }

  /** The path of a list's item: its key with the index, as {@code outputs[0]}. */
  static List<String> indexed(List<String> path, int index) {
    var item = new ArrayList<>(path.subList(0, Math.max(0, path.size() - 1)));
    item.add((path.isEmpty() ? "" : path.get(path.size() - 1)) + "[" + index + "]");
    return item;
  }

  /**
   * Scans an included file where it is included, in document order as HOCON merges it. Files the
   * parser refuses (outside the folder, missing, a URL or classpath resource) are not read.
   */
  private void include(List<String> prefix) {
    token.advance();
    boolean local = true;
    while (token.kind() == HoconToken.Kind.WORD) { // required( file( url( classpath(
      local &= !token.text().contains("url(") && !token.text().contains("classpath(");
      token.advance();
    }
    String target = null;
    if (token.kind() == HoconToken.Kind.STRING) {
      target = token.text();
      token.advance();
    }
    // Only the statement: a closing brace may follow on the same line, as in ci { include "x" }.
    while (token.kind() == HoconToken.Kind.WORD && token.text().replace(")", "").isEmpty()) {
      token.advance();
    }
    if (!local || target == null || depth >= MAX_INCLUDE_DEPTH) {
      return;
    }
    Path folder = file.toAbsolutePath().getParent();
    Path included = HermeticIncluder.resolve(folder, target).orElse(null);
    if (included == null
        || !HermeticIncluder.isInside(findings.root(), included)
        || !HermeticIncluder.readable(included)) {
      return;
    }
    try {
      String text = Files.readString(included, StandardCharsets.UTF_8);
      new KeyScanner(findings, included, included.toString(), text, depth + 1, nesting)
          .object(prefix, false);
    } catch (IOException e) {
      // the parser reads it too, and reports what is wrong
    }
  }

  /**
   * Records the line of each path this key opens: a dotted key opens several at once. A stream or a
   * tag written twice is an error, and so is any value that is not an object: HOCON would keep the
   * last one without a word.
   *
   * @param leaf true when the value is not written as an object
   */
  private void record(int inherited, List<String> path, int line, boolean leaf) {
    String keyPath = keyPath(path.subList(0, inherited));
    SourcePosition at = here(line);
    SourcePosition first = null;
    for (int i = inherited; i < path.size(); i++) {
      keyPath = child(keyPath, path.get(i));
      first = findings.first().putIfAbsent(keyPath, at);
    }
    String what = describe(path);
    if (first == null || (what == null && !leaf)) {
      return; // written once, or an object opened again: its keys are checked one by one
    }
    findings
        .found()
        .add(
            Diagnostic.error(
                    "duplicate-definition",
                    at,
                    path.stream().reduce("", CatalogPath::join),
                    what == null
                        ? "set twice; HOCON would keep the last value without a word"
                        : what + " is defined twice; HOCON would merge the two silently")
                .withNote(first, what == null ? "first set here" : "first defined here"));
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
