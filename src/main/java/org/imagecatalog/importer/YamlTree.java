package org.imagecatalog.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML stream into trees as YAML means them, where a data binder would not: an alias
 * ({@code *base}) is the value its anchor named, a merge key ({@code <<: *base}) merges that
 * mapping's keys (the mapping's own keys win), and a scalar is kept as written, so a tag named
 * {@code 010} stays "010" instead of becoming the octal number 8. Booleans and null are read as
 * YAML reads them. Aliases expand to at most {@link #MAX_NODES} values in a document, so a "billion
 * laughs" file is refused instead of walked.
 */
final class YamlTree {
  static final int MAX_NODES = 1_000_000;
  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The input is not YAML this reader takes; at its line. */
  static final class Refused extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    Refused(String message, JsonLocation at) {
      super(message, at);
    }
  }

  /** A document, the line it starts on, and the lines of its keys and items. */
  record Parsed(int line, JsonNode node, YamlLines lines) {}

  private final YAMLParser parser;
  private final YamlLines lines = new YamlLines();
  private final Map<Object, JsonNode> anchors = new HashMap<>();
  private final IdentityHashMap<JsonNode, Long> sizes = new IdentityHashMap<>();
  private long nodes;

  private YamlTree(YAMLParser parser) {
    this.parser = parser;
  }

  /** The non-empty documents of the text. */
  static List<Parsed> read(String text) throws IOException {
    var documents = new ArrayList<Parsed>();
    try (YAMLParser parser = YAML.createParser(text)) {
      while (parser.nextToken() != null) {
        int line = parser.currentTokenLocation().getLineNr();
        var tree = new YamlTree(parser);
        JsonNode node = tree.value();
        if (!node.isNull() && !(node.isTextual() && node.textValue().isEmpty())) {
          documents.add(new Parsed(line, node, tree.lines));
        }
      }
    }
    return documents;
  }

  private JsonNode value() throws IOException {
    Object anchor = parser.getObjectId();
    JsonNode node;
    if (parser.isCurrentAlias()) {
      node = alias(parser.getText());
    } else {
      node =
          switch (parser.currentToken()) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(parser.getText()); // strings and numbers, as written
          };
      count(1);
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private JsonNode alias(String name) throws IOException {
    JsonNode target = anchors.get(name);
    if (target == null) {
      throw new Refused("alias *" + name + " names no anchor before it", parser.currentLocation());
    }
    count(size(target));
    return target;
  }

  private ObjectNode object() throws IOException {
    ObjectNode object = NODES.objectNode();
    var merged = new ArrayList<JsonNode>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      lines.key(object, key, parser.currentTokenLocation().getLineNr());
      parser.nextToken();
      JsonNode value = value();
      if (key.equals("<<")) {
        merged.addAll(value.isArray() ? List.copyOf(toList(value)) : List.of(value));
      } else {
        object.set(key, value);
      }
    }
    // The mapping's own keys win; of the merged mappings, the first that has a key gives it.
    for (JsonNode source : merged) {
      if (!source.isObject()) {
        throw new Refused("a merge key (<<) must name mappings", parser.currentLocation());
      }
      source.properties().forEach(field -> object.putIfAbsent(field.getKey(), field.getValue()));
    }
    return object;
  }

  private static List<JsonNode> toList(JsonNode array) {
    var items = new ArrayList<JsonNode>();
    array.forEach(items::add);
    return items;
  }

  private ArrayNode array() throws IOException {
    ArrayNode array = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      lines.item(array, parser.currentTokenLocation().getLineNr());
      array.add(value());
    }
    return array;
  }

  /** How many values the tree holds, aliases expanded. */
  private long size(JsonNode node) {
    Long known = sizes.get(node);
    if (known != null) {
      return known;
    }
    long size = 1;
    for (JsonNode child : node) {
      size = Math.min(Long.MAX_VALUE / 2, size + size(child));
    }
    sizes.put(node, size);
    return size;
  }

  private void count(long more) throws Refused {
    nodes += more;
    if (nodes > MAX_NODES) {
      throw new Refused(
          "aliases expand this document past " + MAX_NODES + " values", parser.currentLocation());
    }
  }
}
