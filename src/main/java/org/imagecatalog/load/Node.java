package org.imagecatalog.load;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.diag.Suggestions;
import org.imagecatalog.model.CatalogPath;

/**
 * A HOCON object being bound, with its catalog path. Typed reads report a wrong type as a
 * diagnostic and return empty, so binding carries on and finds every problem in one run.
 */
final class Node {
  private final ConfigObject object;
  private final String keyPath;
  private final String path;
  private final Context context;
  private List<String> keys;

  /** What every node of one catalog shares. */
  record Context(String file, KeyScanner.KeyLines keyLines, Diagnostics diagnostics) {}

  /**
   * @param keyPath the path's elements joined as {@link KeyScanner.KeyLines} keys them
   * @param path the path as diagnostics print it
   */
  Node(ConfigObject object, String keyPath, String path, Context context) {
    this.object = object;
    this.keyPath = keyPath;
    this.path = path;
    this.context = context;
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return CatalogPath.join(path, key);
  }

  Node child(String key, ConfigObject value) {
    return new Node(value, KeyScanner.child(keyPath, key), pathOf(key), context);
  }

  SourcePosition at() {
    return position(keyPath, object);
  }

  SourcePosition at(String key) {
    ConfigValue value = object.get(key);
    return value == null ? at() : position(KeyScanner.child(keyPath, key), value);
  }

  /**
   * The line of the key in the catalog's own text when the scanner saw it; the library's origin
   * otherwise (values from included files). Origins of substituted values point at the
   * substitution's source, which is not where the user wrote the key.
   */
  private SourcePosition position(String key, ConfigValue value) {
    int line = context.keyLines().line(key);
    SourcePosition origin = Origins.position(value.origin(), context.file());
    return line > 0 && origin.file().equals(context.file())
        ? new SourcePosition(context.file(), line)
        : origin;
  }

  /** Item {@code index} of the list under {@code listKey}, as {@code listKey[index]}. */
  SourcePosition itemAt(String listKey, int index, ConfigValue item) {
    return position(KeyScanner.child(keyPath, listKey + "[" + index + "]"), item);
  }

  Node item(String listKey, int index, ConfigObject item) {
    String itemKey = listKey + "[" + index + "]";
    return new Node(item, KeyScanner.child(keyPath, itemKey), pathOf(itemKey), context);
  }

  /** The keys in sorted order, so that binding and its diagnostics are deterministic. */
  List<String> keys() {
    if (keys == null) {
      keys = object.keySet().stream().sorted().toList();
    }
    return keys;
  }

  boolean has(String key) {
    return object.containsKey(key);
  }

  ConfigValue get(String key) {
    return object.get(key);
  }

  Diagnostics diagnostics() {
    return context.diagnostics();
  }

  /** Reports each key that is not allowed here, with the closest allowed one as a hint. */
  void allowOnly(Set<String> allowed, String what) {
    for (String key : keys()) {
      if (!allowed.contains(key)) {
        context.diagnostics().error(
            "unknown-key",
            at(key),
            pathOf(key),
            "unknown key \"" + key + "\" in " + what + Suggestions.hint(key, allowed));
      }
    }
  }

  Optional<Node> object(String key) {
    return value(key, ConfigValueType.OBJECT, "an object { ... }")
        .map(v -> child(key, (ConfigObject) v));
  }

  Optional<Node> asObject(String key, ConfigValue value, String expected) {
    if (value.valueType() != ConfigValueType.OBJECT) {
      wrongType(key, value, expected);
      return Optional.empty();
    }
    return Optional.of(child(key, (ConfigObject) value));
  }

  Optional<Boolean> bool(String key) {
    return value(key, ConfigValueType.BOOLEAN, "true or false").map(v -> (Boolean) v.unwrapped());
  }

  Optional<String> string(String key) {
    ConfigValue value = object.get(key);
    if (value == null) {
      return Optional.empty();
    }
    return text(value).or(() -> wrongType(key, value, "a string"));
  }

  Optional<List<String>> strings(String key) {
    ConfigValue value = object.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value.valueType() != ConfigValueType.LIST) {
      return wrongType(key, value, "a list of strings [ \"...\" ]");
    }
    var out = new ArrayList<String>();
    var list = (com.typesafe.config.ConfigList) value;
    for (int i = 0; i < list.size(); i++) {
      ConfigValue item = list.get(i);
      SourcePosition at = itemAt(key, i, item);
      text(item).ifPresentOrElse(out::add, () -> context.diagnostics().error(
          "wrong-type", at, pathOf(key), "expected a list of strings, got " + describe(item)));
    }
    return Optional.of(out);
  }

  /** A map of string to string, as annotations and labels are. */
  Optional<SortedMap<String, String>> stringMap(String key) {
    return object(key).map(Node::asStringMap);
  }

  private SortedMap<String, String> asStringMap() {
    var out = new TreeMap<String, String>();
    keys()
        .forEach(
            k -> {
              ConfigValue v = object.get(k);
              text(v)
                    .ifPresentOrElse(
                        s -> out.put(k, s),
                        () ->
                            wrongType(
                                k,
                                v,
                                v.valueType() == ConfigValueType.OBJECT
                                    ? "a string (HOCON splits unquoted keys at dots: quote keys"
                                        + " such as \"openshift.io/imported-from\")"
                                    : "a string"));
            });
    return out;
  }

  /** Strings, and numbers as written (an annotation value {@code 7} means the text "7"). */
  static Optional<String> text(ConfigValue value) {
    return switch (value.valueType()) {
      case STRING -> Optional.of((String) value.unwrapped());
      case NUMBER -> Optional.of(value.render());
      default -> Optional.empty();
    };
  }

  private Optional<ConfigValue> value(String key, ConfigValueType type, String expected) {
    ConfigValue value = object.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value.valueType() != type) {
      return wrongType(key, value, expected);
    }
    return Optional.of(value);
  }

  <T> Optional<T> wrongType(String key, ConfigValue value, String expected) {
    context.diagnostics().error(
        "wrong-type",
        at(key),
        pathOf(key),
        "expected " + expected + ", got " + describe(value));
    return Optional.empty();
  }

  static String describe(ConfigValue value) {
    return switch (value.valueType()) {
      case OBJECT -> "an object";
      case LIST -> "a list";
      case NULL -> "null";
      case STRING -> "the string " + value.render();
      default -> value.valueType().name().toLowerCase(Locale.ROOT) + " " + value.render();
    };
  }
}
