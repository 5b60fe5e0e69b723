package org.imagecatalog.verify;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** The first place two plain trees (maps, lists, scalars) differ, as a path and both values. */
final class TreeDifference {
  private static final Object ABSENT = new Object();

  private TreeDifference() {}

  static Optional<String> first(Object expected, Object actual, String path) {
    if (Objects.equals(expected, actual)) {
      return Optional.empty();
    }
    if (expected instanceof Map<?, ?> want && actual instanceof Map<?, ?> have) {
      var keys = new TreeSet<String>();
      want.keySet().forEach(k -> keys.add(String.valueOf(k)));
      have.keySet().forEach(k -> keys.add(String.valueOf(k)));
      for (String key : keys) {
        Optional<String> inner = first(field(want, key), field(have, key), path + "." + key);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    if (expected instanceof List<?> want
        && actual instanceof List<?> have
        && want.size() == have.size()) {
      for (int i = 0; i < want.size(); i++) {
        Optional<String> inner = first(want.get(i), have.get(i), path + "[" + i + "]");
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.of(
        (path.isEmpty() ? "document" : path.substring(1))
            + " should be "
            + show(expected)
            + ", is "
            + show(actual));
  }

  private static Object field(Map<?, ?> map, String key) {
    return map.containsKey(key) ? map.get(key) : ABSENT;
  }

  /** Strings quoted, so that "true" the string and true the boolean read differently. */
  private static String show(Object value) {
    if (value == ABSENT) {
      return "absent";
    }
    return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
  }
}
