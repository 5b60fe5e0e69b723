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

  @Override
  public Object variable(String variable) {
    return switch (variable) {
      case "key" -> key;
      case "value" -> value;
      default -> UNDEFINED;
    };
  }
}
