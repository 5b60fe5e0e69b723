package org.imagecatalog.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.imagecatalog.load.Value;

/**
 * The first place where a tree read back from YAML differs from the plain tree (maps, lists,
 * strings, booleans) the model describes, as a path and both values.
 */
final class TreeDifference {
  private TreeDifference() {}

  /**
   * @param expected a plain tree, {@code null} where a value must be absent
   * @param actual the value read, {@code null} where it is absent
   */
  static Optional<String> first(Object expected, Value actual, String path) {
    return same(expected, actual) ? Optional.empty() : where(expected, actual, path);
  }

  /** Equal trees, found without building a path: almost every file verified is equal. */
  private static boolean same(Object expected, Value actual) {
    if (expected instanceof Map<?, ?> want && actual instanceof Value.ObjectValue have) {
      if (want.size() != have.fields().size()) {
        return false;
      }
      for (var field : want.entrySet()) {
        Value value = have.fields().get(String.valueOf(field.getKey()));
        if (value == null || !same(field.getValue(), value)) {
          return false;
        }
      }
      return true;
    }
    if (expected instanceof List<?> want && actual instanceof Value.ListValue have) {
      if (want.size() != have.items().size()) {
        return false;
      }
      for (int i = 0; i < want.size(); i++) {
        if (!same(want.get(i), have.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    return sameScalar(expected, actual);
  }

  private static Optional<String> where(Object expected, Value actual, String path) {
    if (expected instanceof Map<?, ?> want && actual instanceof Value.ObjectValue have) {
      var keys = new TreeSet<String>(have.fields().keySet());
      want.keySet().forEach(k -> keys.add(String.valueOf(k)));
      for (String key : keys) {
        Optional<String> inner = first(want.get(key), have.fields().get(key), path + "." + key);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (expected instanceof List<?> want
        && actual instanceof Value.ListValue have
        && want.size() == have.items().size()) {
      for (int i = 0; i < want.size(); i++) {
        Optional<String> inner = first(want.get(i), have.items().get(i), path + "[" + i + "]");
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (sameScalar(expected, actual)) {
      return Optional.empty();
    }
    return Optional.of(
        (path.isEmpty() ? "document" : path.substring(1))
            + " should be "
            + show(expected)
            + ", is "
            + show(actual));
  }

  private static boolean sameScalar(Object expected, Value actual) {
    if (actual instanceof Value.StringValue text) {
      return text.text().equals(expected);
    }
    if (actual instanceof Value.BooleanValue bool) {
      return expected instanceof Boolean want && want == bool.value();
    }
    if (actual instanceof Value.NumberValue number) {
      return expected instanceof Number && expected.toString().equals(number.written());
    }
    return expected == null && actual == null;
  }

  /** Strings quoted, so that "true" the string and true the boolean read differently. */
  private static String show(Object expected) {
    if (expected == null) {
      return "absent";
    }
    return expected instanceof String text ? "\"" + text + "\"" : String.valueOf(expected);
  }

  private static String show(Value actual) {
    if (actual == null) {
      return "absent";
    }
    if (actual instanceof Value.StringValue text) {
      return "\"" + text.text() + "\"";
    }
    if (actual instanceof Value.NumberValue number) {
      return number.written();
    }
    if (actual instanceof Value.BooleanValue bool) {
      return String.valueOf(bool.value());
    }
    return String.valueOf(plain(actual));
  }

  /** A value as the plain tree that holds it would print: {@code {image=x}}, {@code [a, b]}. */
  private static Object plain(Value value) {
    if (value instanceof Value.ObjectValue object) {
      var fields = new LinkedHashMap<String, Object>();
      object.fields().forEach((key, field) -> fields.put(key, plain(field)));
      return fields;
    }
    if (value instanceof Value.ListValue list) {
      return list.items().stream().map(TreeDifference::plain).toList();
    }
    return value instanceof Value.StringValue text ? text.text() : show(value);
  }
}
