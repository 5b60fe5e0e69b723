package org.imagecatalog.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a YAML stream into plain values: maps, lists, strings, booleans, numbers and null. {@link
 * BlockYaml} reads what it can; the full parser, SnakeYAML through Jackson's streaming parser,
 * reads the rest and names syntax errors. Streaming only: the object-mapping layer costs a short
 * run more to start than the parsing itself.
 */
final class YamlDocuments {
  private YamlDocuments() {}

  /** The non-empty documents of the text, in order. */
  static List<Object> read(String text) throws IOException {
    Optional<List<Object>> simple = BlockYaml.read(text);
    return simple.isPresent() ? simple.get() : readWithParser(text);
  }

  /** The same, by the full YAML parser alone. */
  static List<Object> readWithParser(String text) throws IOException {
    var documents = new ArrayList<Object>();
    try (JsonParser parser = FullParser.YAML.createParser(text)) {
      while (parser.nextToken() != null) {
        Object document = value(parser);
        if (document != null) {
          documents.add(document);
        }
      }
    }
    return documents;
  }

  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          map.put(key, value(parser));
        }
        yield map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(parser));
        }
        yield list;
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
      default -> null;
    };
  }

  /** Made on first use: a run whose manifests {@link BlockYaml} reads never needs it. */
  private static final class FullParser {
    static final YAMLFactory YAML = new YAMLFactory();
  }
}
