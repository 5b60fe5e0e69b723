package org.imagecatalog.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;

/**
 * What substitutions do that the resolved tree no longer shows, found from the text before the
 * library resolves them:
 *
 * <ul>
 *   <li>how large values grow: {@code b = ${a}${a}}, forty lines deep, is a terabyte, and resolving
 *       it would take the machine's memory. A value is its literal text plus each value it
 *       substitutes; a substituted value the scan did not size counts as one character, so the
 *       estimate stays finite and an explosion of copies still shows. Values over {@link #LIMIT}
 *       characters are errors at the first line whose own parts are still under it;
 *   <li>objects merged from several places, {@code tags = ${vars.a} ${vars.b}}: a key that two of
 *       them define would be kept from the last without a word, so it is an error.
 * </ul>
 */
final class Substitutions {
  /** The largest value substitutions may make; the API server refuses far less (256 KiB). */
  static final long LIMIT = 1 << 20;

  private record Value(
      long literal, List<String> substituted, boolean objectInPlace, SourcePosition at) {}

  private final Map<String, Value> values = new HashMap<>();

  /**
   * @param keyPath the value's key path, elements joined by {@link KeyScanner#SEPARATOR}
   * @param substituted the substitutions as written, {@code vars.x} of {@code ${vars.x}}
   * @param objectInPlace the value also has an object written in place, merged with them
   */
  void add(
      String keyPath,
      long literal,
      List<String> substituted,
      boolean objectInPlace,
      SourcePosition at) {
    values.put(keyPath, new Value(literal, List.copyOf(substituted), objectInPlace, at));
  }

  /**
   * @param keys every key path the scan saw, with its line
   */
  List<Diagnostic> problems(Map<String, SourcePosition> keys) {
    var problems = new ArrayList<Diagnostic>(growth());
    Map<String, List<String>> children = null;
    for (Map.Entry<String, Value> entry : values.entrySet()) {
      Value value = entry.getValue();
      if (value.substituted().size() + (value.objectInPlace() ? 1 : 0) > 1) {
        children = children == null ? children(keys) : children;
        merged(entry.getKey(), value, children, keys, problems);
      }
    }
    return problems;
  }

  /** A key that two of the objects merged into one value define. */
  private static void merged(
      String path,
      Value value,
      Map<String, List<String>> children,
      Map<String, SourcePosition> keys,
      List<Diagnostic> problems) {
    var definedBy = new HashMap<String, String>();
    var definedAt = new HashMap<String, SourcePosition>();
    var sources = new ArrayList<String>();
    sources.addAll(value.substituted());
    if (value.objectInPlace()) {
      sources.add(null);
    }
    for (String source : sources) {
      String shown = source == null ? "the object written here" : "${" + source + "}";
      String sourcePath = source == null ? path : keyPath(source);
      for (String key : children.getOrDefault(sourcePath, List.of())) {
        SourcePosition at = keys.get(sourcePath + KeyScanner.SEPARATOR + key);
        String earlier = definedBy.putIfAbsent(key, shown);
        if (earlier == null) {
          definedAt.put(key, at);
        } else if (!earlier.equals(shown)) {
          problems.add(
              Diagnostic.error(
                      "duplicate-definition",
                      value.at(),
                      "",
                      "\""
                          + key
                          + "\" is defined by both "
                          + earlier
                          + " and "
                          + shown
                          + "; HOCON would merge them and keep the last without a word")
                  .withNote(definedAt.get(key), "in " + earlier)
                  .withNote(at, "in " + shown));
        }
      }
    }
  }

  /** Each key path's immediate child keys. */
  private static Map<String, List<String>> children(Map<String, SourcePosition> keys) {
    var children = new HashMap<String, List<String>>();
    for (String key : keys.keySet()) {
      int last = key.lastIndexOf(KeyScanner.SEPARATOR);
      if (last > 0) {
        children
            .computeIfAbsent(key.substring(0, last), k -> new ArrayList<>())
            .add(key.substring(last + 1));
      }
    }
    children.values().forEach(list -> list.sort(null));
    return children;
  }

  private List<Diagnostic> growth() {
    var sizes = new HashMap<String, Long>();
    var problems = new ArrayList<Diagnostic>();
    values.forEach(
        (path, value) -> {
          long size = size(path, sizes, new ArrayList<>());
          boolean partsFit =
              value.substituted().stream()
                  .allMatch(ref -> size(keyPath(ref), sizes, new ArrayList<>()) <= LIMIT);
          if (size > LIMIT && partsFit) {
            problems.add(
                Diagnostic.error(
                    "substitution-size",
                    value.at(),
                    "",
                    "substitutions make this value more than "
                        + LIMIT
                        + " characters long (about "
                        + (size > Long.MAX_VALUE / 4 ? "too many" : String.valueOf(size))
                        + "); a catalog's values are names, pull specs and short texts"));
          }
        });
    return problems;
  }

  /** The value's estimated size; a cycle (which the library reports) counts as nothing. */
  private long size(String path, Map<String, Long> sizes, List<String> open) {
    Long known = sizes.get(path);
    if (known != null) {
      return known;
    }
    Value value = values.get(path);
    if (value == null) {
      return 1;
    }
    if (open.contains(path)) {
      return 0;
    }
    open.add(path);
    long size = value.literal();
    for (String ref : value.substituted()) {
      size = saturatedAdd(size, size(keyPath(ref), sizes, open));
    }
    open.remove(open.size() - 1);
    sizes.put(path, size);
    return size;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** {@code vars."a.b".c} as the scan keys it: elements split at dots outside quotes. */
  static String keyPath(String substitution) {
    var elements = new ArrayList<String>();
    var element = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < substitution.length(); i++) {
      char c = substitution.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        elements.add(element.toString().strip());
        element.setLength(0);
      } else {
        element.append(c);
      }
    }
    elements.add(element.toString().strip());
    return String.join(String.valueOf(KeyScanner.SEPARATOR), elements);
  }
}
