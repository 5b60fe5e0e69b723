package org.imagecatalog.render.view;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The template variables of one view type, in one table: each name with the accessor that reads it.
 * A view answers {@link TemplateScope#variable} from its table, so what a template can name is the
 * table and nothing else (not {@code getClass}, not a dotted path).
 */
final class Variables<V> {
  private final Map<String, Function<V, Object>> table;

  private Variables(Map<String, Function<V, Object>> table) {
    this.table = Map.copyOf(table);
  }

  /** Starts a table; {@link Builder#add} each variable, then {@link Builder#build}. */
  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  Set<String> names() {
    return table.keySet();
  }

  Object get(V view, String name) {
    Function<V, Object> accessor = table.get(name);
    return accessor == null ? TemplateScope.UNDEFINED : accessor.apply(view);
  }

  static final class Builder<V> {
    private final Map<String, Function<V, Object>> table = new HashMap<>();

    Builder<V> add(String name, Function<V, Object> accessor) {
      if (table.put(name, accessor) != null) {
        throw new IllegalArgumentException("variable " + name + " twice");
      }
      return this;
    }

    Variables<V> build() {
      return new Variables<>(table);
    }
  }
}
