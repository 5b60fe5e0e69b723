package org.imagecatalog.render.view;

import java.util.List;
import java.util.Map;

/** One annotation or label: {@code {{key}}} and {{value}}. */
public record Entry(String key, String value) implements TemplateScope {
  static List<Entry> of(Map<String, String> map) {
    if (map.isEmpty()) {
      return List.of(); // most tags have no annotations; no stream to build for them
    }
    return map.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
  }

  static final Variables<Entry> VARIABLES =
      Variables.<Entry>builder().add("key", Entry::key).add("value", Entry::value).build();

  @Override
  public Object variable(String name) {
    return VARIABLES.get(this, name);
  }
}
