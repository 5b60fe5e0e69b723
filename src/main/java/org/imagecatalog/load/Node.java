package org.imagecatalog.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.diag.Suggestions;
import org.imagecatalog.load.Value.BooleanValue;
import org.imagecatalog.load.Value.ListValue;
import org.imagecatalog.load.Value.NumberValue;
import org.imagecatalog.load.Value.ObjectValue;
import org.imagecatalog.load.Value.StringValue;
import org.imagecatalog.model.CatalogPath;

/**
 * An object of the catalog being bound, with its catalog path. Typed reads report a wrong type as a
 * diagnostic and return empty, so binding carries on and finds every problem in one run.
 */
final class Node {
  private final ObjectValue object;
  private final String path;
  private final Diagnostics diagnostics;
  private List<String> keys;

  /**
   * @param path the path as diagnostics print it
   */
  Node(ObjectValue object, String path, Diagnostics diagnostics) {
    this.object = object;
    this.path = path;
    this.diagnostics = diagnostics;
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return CatalogPath.join(path, key);
  }

  Node child(String key, ObjectValue value) {
    return new Node(value, pathOf(key), diagnostics);
  }

  /** Item {@code index} of the list under {@code listKey}, as {@code listKey[index]}. */
  Node item(String listKey, int index, ObjectValue item) {
    return new Node(item, pathOf(listKey + "[" + index + "]"), diagnostics);
  }

  SourcePosition at() {
    return object.at();
  }

  SourcePosition at(String key) {
    Value value = object.fields().get(key);
    return value == null ? at() : value.at();
  }

  /** The keys in sorted order, so that binding and its diagnostics are deterministic. */
  List<String> keys() {
    if (keys == null) {
      keys = List.copyOf(object.fields().keySet());
    }
    return keys;
  }

  boolean has(String key) {
    return object.fields().containsKey(key);
  }

  Value get(String key) {
    return object.fields().get(key);
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Reports each key that is not allowed here, with the closest allowed one as a hint. */
  void allowOnly(Set<String> allowed, String what) {
    for (String key : keys()) {
      if (!allowed.contains(key)) {
        diagnostics.error(
            "unknown-key",
            at(key),
            pathOf(key),
            "unknown key \"" + key + "\" in " + what + Suggestions.hint(key, allowed));
      }
    }
  }

  Optional<Node> object(String key) {
    Value value = get(key);
    return value == null ? Optional.empty() : asObject(key, value, "an object { ... }");
  }

  Optional<Node> asObject(String key, Value value, String expected) {
    if (value instanceof ObjectValue object) {
      return Optional.of(child(key, object));
    }
    return wrongType(key, value, expected);
  }

  Optional<Boolean> bool(String key) {
    Value value = get(key);
    if (value == null) {
      return Optional.empty();
    }
    return value instanceof BooleanValue b
        ? Optional.of(b.value())
        : wrongType(key, value, "true or false");
  }

  Optional<String> string(String key) {
    Value value = get(key);
    if (value == null) {
      return Optional.empty();
    }
    return text(key, value).or(() -> wrongType(key, value, "a string"));
  }

  Optional<List<String>> strings(String key) {
    Value value = get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof ListValue list)) {
      return wrongType(key, value, "a list of strings [ \"...\" ]");
    }
    var out = new ArrayList<String>();
    for (Value item : list.items()) {
      text(key, item)
          .ifPresentOrElse(
              out::add,
              () ->
                  diagnostics.error(
                      "wrong-type",
                      item.at(),
                      pathOf(key),
                      "expected a list of strings, got " + item.describe()));
    }
    return Optional.of(out);
  }

  /** A map of string to string, as annotations and labels are. */
  Optional<SortedMap<String, String>> stringMap(String key) {
    return object(key).map(Node::asStringMap);
  }

  private SortedMap<String, String> asStringMap() {
    var out = new TreeMap<String, String>();
    for (String key : keys()) {
      Value value = get(key);
      text(key, value)
          .ifPresentOrElse(
              text -> out.put(key, text),
              () ->
                  wrongType(
                      key,
                      value,
                      value instanceof ObjectValue
                          ? "a string (HOCON splits unquoted keys at dots: quote keys"
                              + " such as \"openshift.io/imported-from\")"
                          : "a string"));
    }
    return out;
  }

  /**
   * Strings, and numbers as HOCON renders them (an annotation value {@code 7} is the text "7"),
   * with a warning where that is not what was written.
   */
  private Optional<String> text(String key, Value value) {
    if (value instanceof StringValue s) {
      return Optional.of(s.text());
    }
    if (value instanceof NumberValue n) {
      if (!n.written().equals(n.rendered())) {
        diagnostics.warning(
            "number-as-text",
            value.at(),
            pathOf(key),
            "unquoted "
                + n.written()
                + " is the number "
                + n.rendered()
                + " to HOCON, so the text"
                + " is \""
                + n.rendered()
                + "\"; write \""
                + n.written()
                + "\" in quotes to keep it");
      }
      return Optional.of(n.rendered());
    }
    return Optional.empty();
  }

  <T> Optional<T> wrongType(String key, Value value, String expected) {
    diagnostics.error(
        "wrong-type", at(key), pathOf(key), "expected " + expected + ", got " + value.describe());
    return Optional.empty();
  }
}
