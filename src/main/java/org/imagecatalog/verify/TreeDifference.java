package org.imagecatalog.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.TreeSet;

/** The first place two JSON trees differ, as a readable path and both values. */
final class TreeDifference {
  private TreeDifference() {}

  static Optional<String> first(JsonNode expected, JsonNode actual, String path) {
    if (expected.equals(actual)) {
      return Optional.empty();
    }
    if (expected.isObject() && actual.isObject()) {
      var fields = new TreeSet<String>();
      expected.fieldNames().forEachRemaining(fields::add);
      actual.fieldNames().forEachRemaining(fields::add);
      for (String field : fields) {
        Optional<String> inner =
            first(expected.path(field), actual.path(field), path + "." + field);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        Optional<String> inner = first(expected.get(i), actual.get(i), path + "[" + i + "]");
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.of(
        (path.isEmpty() ? "document" : path.substring(1)) + " should be " + show(expected)
            + ", is " + show(actual));
  }

  private static String show(JsonNode node) {
    return node.isMissingNode() ? "absent" : node.toString();
  }
}
