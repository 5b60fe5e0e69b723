package org.imagecatalog.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The line each key of a mapping and each item of a sequence starts on, for the trees {@link
 * YamlTree} reads: a Jackson tree keeps no positions, and import tells every problem at its line.
 * Keyed by identity, since equal subtrees sit at different lines.
 */
final class YamlLines {
  private final IdentityHashMap<JsonNode, Map<String, Integer>> keys = new IdentityHashMap<>();
  private final IdentityHashMap<JsonNode, List<Integer>> items = new IdentityHashMap<>();

  void key(JsonNode mapping, String key, int line) {
    keys.computeIfAbsent(mapping, m -> new HashMap<>()).putIfAbsent(key, line);
  }

  void item(JsonNode sequence, int line) {
    items.computeIfAbsent(sequence, s -> new ArrayList<>()).add(line);
  }

  /** The line of {@code key} in {@code mapping}; {@code fallback} when unknown. */
  int of(JsonNode mapping, String key, int fallback) {
    return keys.getOrDefault(mapping, Map.of()).getOrDefault(key, fallback);
  }

  /** The line of item {@code index} of {@code sequence}; {@code fallback} when unknown. */
  int of(JsonNode sequence, int index, int fallback) {
    List<Integer> lines = items.getOrDefault(sequence, List.of());
    return index < lines.size() ? lines.get(index) : fallback;
  }
}
