package org.imagecatalog.importer;

import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value;
import org.imagecatalog.load.Value.ListValue;
import org.imagecatalog.load.Value.ObjectValue;

/**
 * Reads one object of a manifest. Each field is one of: read, ignored by OpenShift (a warning: the
 * cluster drops it too), set by the server (a warning), or known to OpenShift but not expressible
 * in a catalog (an error, since importing would lose it).
 */
final class Fields {
  private final Value node;
  private final String path;
  private final SourcePosition at;
  private final Diagnostics diagnostics;

  /**
   * @param node the object, or {@code null} where the document lacks it
   * @param at where this object starts; a field is told at its own line
   */
  Fields(Value node, String path, SourcePosition at, Diagnostics diagnostics) {
    this.node = node;
    this.path = path;
    this.at = at;
    this.diagnostics = diagnostics;
  }

  Fields child(String field) {
    return new Fields(field(field), pathOf(field), at(field), diagnostics);
  }

  Fields item(int index) {
    Value item = node instanceof ListValue list ? list.items().get(index) : null;
    return new Fields(item, path + "[" + index + "]", item == null ? at : item.at(), diagnostics);
  }

  /** Where this object starts. */
  SourcePosition at() {
    return at;
  }

  /** The line of one of this object's fields; the object's own when it lacks the field. */
  SourcePosition at(String field) {
    Value value = field(field);
    return value == null ? at : value.at();
  }

  /** The value these fields are of; {@code null} where the document lacks it. */
  Value value() {
    return node;
  }

  /** The object's field names, sorted; none when this is not an object. */
  Set<String> names() {
    return node instanceof ObjectValue object ? object.fields().keySet() : Set.of();
  }

  /** How many fields or items this object or sequence has; 0 for anything else. */
  int size() {
    if (node instanceof ObjectValue object) {
      return object.fields().size();
    }
    return node instanceof ListValue list ? list.items().size() : 0;
  }

  /** Whether the field is there with a value other than null. */
  boolean has(String field) {
    return !(field(field) == null || field(field) instanceof Value.NullValue);
  }

  /** This object's path in its manifest, such as {@code spec.tags[0].importPolicy}. */
  String path() {
    return path;
  }

  String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private Value field(String field) {
    return node instanceof ObjectValue object ? object.fields().get(field) : null;
  }

  /** Reports every field that is neither read, server-set, nor inexpressible, as unknown. */
  void check(Set<String> read, Set<String> serverSet, Set<String> inexpressible) {
    for (String field : names()) {
      if (read.contains(field)) {
        continue;
      }
      if (serverSet.contains(field)) {
        diagnostics.warning(
            "import-ignored",
            at(field),
            pathOf(field),
            "ignored: set by the server, not by a manifest");
      } else if (inexpressible.contains(field)) {
        error(field, "the catalog cannot express this field, so importing would lose it");
      } else {
        diagnostics.warning(
            "import-unknown-field",
            at(field),
            pathOf(field),
            "ignored: not a field OpenShift knows here, so the cluster ignores it too");
      }
    }
  }

  void error(String field, String message) {
    diagnostics.error("import-field", at(field), pathOf(field), message);
  }

  /** A string, or a number as written: a tag named {@code 010} stays "010". */
  Optional<String> text(String field) {
    Value value = field(field);
    if (value instanceof Value.StringValue string) {
      return Optional.of(string.text());
    }
    if (value instanceof Value.NumberValue number) {
      return Optional.of(number.written());
    }
    if (has(field)) {
      error(field, "expected a string, got " + value.describe());
    }
    return Optional.empty();
  }

  Optional<Boolean> bool(String field) {
    Value value = field(field);
    if (value instanceof Value.BooleanValue bool) {
      return Optional.of(bool.value());
    }
    if (has(field)) {
      error(field, "expected true or false, got " + value.describe());
    }
    return Optional.empty();
  }

  SortedMap<String, String> stringMap(String field) {
    var out = new TreeMap<String, String>();
    Fields map = child(field);
    if (field(field) instanceof ObjectValue) {
      map.names().forEach(key -> map.text(key).ifPresent(v -> out.put(key, v)));
    } else if (has(field)) {
      error(field, "expected a map of strings");
    }
    return out;
  }
}
