package org.imagecatalog.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.SourcePosition;

/**
 * Reads one object of a manifest. Each field is one of: read, ignored by OpenShift (a warning: the
 * cluster drops it too), set by the server (a warning), or known to OpenShift but not expressible
 * in a catalog (an error, since importing would lose it).
 */
final class Fields {
  private final JsonNode node;
  private final String path;
  private final SourcePosition at;
  private final YamlLines lines;
  private final Diagnostics diagnostics;

  /**
   * @param at where this object starts; a field is told at its own line
   */
  Fields(JsonNode node, String path, SourcePosition at, YamlLines lines, Diagnostics diagnostics) {
    this.node = node;
    this.path = path;
    this.at = at;
    this.lines = lines;
    this.diagnostics = diagnostics;
  }

  Fields child(String field) {
    return new Fields(node.path(field), pathOf(field), at(field), lines, diagnostics);
  }

  Fields item(int index) {
    var line = new SourcePosition(at.file(), lines.of(node, index, at.line()));
    return new Fields(node.path(index), path + "[" + index + "]", line, lines, diagnostics);
  }

  /** Where this object starts. */
  SourcePosition at() {
    return at;
  }

  /** The line of one of this object's fields; the object's own when it lacks the field. */
  SourcePosition at(String field) {
    return new SourcePosition(at.file(), lines.of(node, field, at.line()));
  }

  JsonNode node() {
    return node;
  }

  /** This object's path in its manifest, such as {@code spec.tags[0].importPolicy}. */
  String path() {
    return path;
  }

  String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Reports every field that is neither read, server-set, nor inexpressible, as unknown. */
  void check(Set<String> read, Set<String> serverSet, Set<String> inexpressible) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
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

  Optional<String> text(String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (value.isTextual() || value.isNumber()) {
      return Optional.of(value.asText());
    }
    error(field, "expected a string, got " + value.getNodeType().name().toLowerCase(Locale.ROOT));
    return Optional.empty();
  }

  Optional<Boolean> bool(String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      error(field, "expected true or false, got " + value);
      return Optional.empty();
    }
    return Optional.of(value.booleanValue());
  }

  SortedMap<String, String> stringMap(String field) {
    var out = new TreeMap<String, String>();
    JsonNode value = node.path(field);
    if (value.isObject()) {
      Fields map = child(field);
      value.fieldNames().forEachRemaining(key -> map.text(key).ifPresent(v -> out.put(key, v)));
    } else if (!value.isMissingNode() && !value.isNull()) {
      error(field, "expected a map of strings");
    }
    return out;
  }
}
