package org.imagecatalog.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML stream into plain values: maps, lists, strings, booleans, numbers and null, with
 * SnakeYAML through Jackson's streaming parser. Streaming only: the object-mapping layer costs a
 * short run more to start than the parsing itself. No size limit of the parser's own applies: a
 * generated file is as large as the catalog makes it (a stream of 25,000 tags is over 3 MB).
 */
final class YamlDocuments {
  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .loaderOptions(unlimited())
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxDocumentLength(-1)
                  .build())
          .build();

  private YamlDocuments() {}

  private static LoaderOptions unlimited() {
    var options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }

  /** The non-empty documents of the text, in order. */
  static List<Object> read(String text) throws IOException {
    var documents = new ArrayList<Object>();
    try (JsonParser parser = YAML.createParser(text)) {
      while (parser.nextToken() != null) {
        Object document = value(parser);
        if (document != null && !"".equals(document)) { // "---" with nothing after it
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
}
