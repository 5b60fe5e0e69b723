package org.imagecatalog.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value.ListValue;
import org.imagecatalog.load.Value.ObjectValue;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a YAML stream into {@link Value} trees as YAML means them: the one reader of YAML, for the
 * manifests import reads and the outputs verification reads back. SnakeYAML through Jackson's
 * streaming parser (the object-mapping layer costs a short run more to start than the parsing).
 *
 * <p>Where a data binder would not: an alias ({@code *base}) is the value its anchor named, a merge
 * key ({@code <<: *base}) merges that mapping's keys (the mapping's own keys win), a key written
 * twice in a mapping is refused, and a number keeps its written form beside its kind, so that the
 * tag {@code 010} is "010" to import and a number, not a string, to verification. Booleans and null
 * are read as YAML 1.1 reads them. Aliases expand to at most {@link #MAX_NODES} values in a
 * document, so a "billion laughs" file is refused instead of walked. No size limit of the parser's
 * own applies: a generated file is as large as the catalog makes it (a stream of 25,000 tags is
 * over 3 MB).
 *
 * <p>Each value is at the line of the key that holds it (of the item, in a sequence), as the
 * catalog's values are.
 */
public final class YamlDocuments {
  static final int MAX_NODES = 1_000_000;
  private static final YAMLFactory YAML =
      new AnchoredFactory(
          YAMLFactory.builder()
              .loaderOptions(unlimited())
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxStringLength(Integer.MAX_VALUE)
                      .maxDocumentLength(-1)
                      .build())
              .build());

  /**
   * Jackson's YAML parser names the anchor of a mapping or a sequence, not of a scalar ({@code
   * name: &n value} then {@code *n}); SnakeYAML's event beneath it has both. A factory of parsers
   * that ask the event.
   */
  private static final class AnchoredFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    AnchoredFactory(YAMLFactory configured) {
      super(configured, null);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new YAMLParser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader) {
        @Override
        public String getObjectId() throws IOException {
          return !_currentIsAlias && _lastEvent instanceof ScalarEvent scalar
              ? scalar.getAnchor()
              : super.getObjectId();
        }
      };
    }
  }

  /** The text is not YAML this reader takes. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    Invalid(String reason, int line) {
      super(reason);
      this.line = line;
    }

    /** The line the reader stopped at; 0 when it cannot say. */
    public int line() {
      return line;
    }
  }

  private final YAMLParser parser;
  private final String file;
  private final Map<Object, Value> anchors = new HashMap<>();
  private final IdentityHashMap<Value, Long> sizes = new IdentityHashMap<>();
  private long nodes;

  private YamlDocuments(YAMLParser parser, String file) {
    this.parser = parser;
    this.file = file;
  }

  private static LoaderOptions unlimited() {
    var options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }

  /**
   * The non-empty documents of the text, in order; a {@code ---} with nothing after it is none.
   *
   * @param file the name positions carry
   */
  public static List<Value> read(String file, String text) throws Invalid {
    var documents = new ArrayList<Value>();
    try (YAMLParser parser = YAML.createParser(text)) {
      while (parser.nextToken() != null) {
        Value document =
            new YamlDocuments(parser, file).value(parser.currentTokenLocation().getLineNr());
        if (!(document instanceof Value.NullValue)
            && !(document instanceof Value.StringValue s && s.text().isEmpty())) {
          documents.add(document);
        }
      }
    } catch (JsonProcessingException e) {
      throw invalid(e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail this way", e);
    }
    return documents;
  }

  /** A key of a document's top-level mapping and the line it is written on. */
  public record TopLevelKey(String name, int line) {}

  /**
   * The keys of the top-level mapping of a one-document YAML text, in the order written, with their
   * lines: where one key's block starts and the one before it ends.
   *
   * @throws Invalid when the text is not YAML, or not one document whose root is a mapping
   */
  public static List<TopLevelKey> topLevelKeys(String text) throws Invalid {
    var keys = new ArrayList<TopLevelKey>();
    try (YAMLParser parser = YAML.createParser(text)) {
      JsonToken root = parser.nextToken();
      if (root == null) {
        return keys;
      }
      if (root != JsonToken.START_OBJECT) {
        throw new Invalid(
            "its root is not a mapping of keys", parser.currentTokenLocation().getLineNr());
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        keys.add(new TopLevelKey(parser.currentName(), parser.currentTokenLocation().getLineNr()));
        parser.nextToken();
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        throw new Invalid(
            "it holds more than one YAML document", parser.currentTokenLocation().getLineNr());
      }
    } catch (JsonProcessingException e) {
      throw invalid(e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail this way", e);
    }
    return keys;
  }

  /** The parser's complaint, its first line only: the rest repeats the text around it. */
  private static Invalid invalid(JsonProcessingException e) {
    return new Invalid(
        e.getOriginalMessage().lines().findFirst().orElse("").strip(),
        e.getLocation() == null ? 0 : e.getLocation().getLineNr());
  }

  private Value value(int line) throws IOException, Invalid {
    Object anchor = parser.getObjectId();
    Value value;
    var at = new SourcePosition(file, line);
    if (parser.isCurrentAlias()) {
      value = alias(parser.getText(), at);
    } else {
      value =
          switch (parser.currentToken()) {
            case START_OBJECT -> object(at);
            case START_ARRAY -> list(at);
            case VALUE_TRUE -> new Value.BooleanValue(true, at);
            case VALUE_FALSE -> new Value.BooleanValue(false, at);
            case VALUE_NULL -> new Value.NullValue(at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                new Value.NumberValue(parser.getText(), parser.getText(), at);
            default -> new Value.StringValue(parser.getText(), at);
          };
      count(1);
    }
    if (anchor != null) {
      anchors.put(anchor, value);
    }
    return value;
  }

  /** The anchored value, at the alias: that is where the key that holds it was written. */
  private Value alias(String name, SourcePosition at) throws IOException, Invalid {
    Value target = anchors.get(name);
    if (target == null) {
      throw refused("alias *" + name + " names no anchor before it");
    }
    count(size(target));
    if (target instanceof ObjectValue object) {
      return new ObjectValue(object.fields(), at);
    }
    if (target instanceof ListValue list) {
      return new ListValue(list.items(), at);
    }
    if (target instanceof Value.StringValue string) {
      return new Value.StringValue(string.text(), at);
    }
    if (target instanceof Value.NumberValue number) {
      return new Value.NumberValue(number.rendered(), number.written(), at);
    }
    return target instanceof Value.BooleanValue bool
        ? new Value.BooleanValue(bool.value(), at)
        : new Value.NullValue(at);
  }

  private ObjectValue object(SourcePosition at) throws IOException, Invalid {
    var fields = new TreeMap<String, Value>();
    var merged = new ArrayList<Value>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int line = parser.currentTokenLocation().getLineNr();
      parser.nextToken();
      Value value = value(line);
      if (key.equals("<<")) {
        merged.addAll(value instanceof ListValue list ? list.items() : List.of(value));
      } else if (fields.put(key, value) != null) {
        // Here, not by the library's duplicate detection, which names the line after the key.
        throw new Invalid("key '" + key + "' written twice in one mapping", line);
      }
    }
    // The mapping's own keys win; of the merged mappings, the first that has a key gives it.
    for (Value source : merged) {
      if (!(source instanceof ObjectValue mapping)) {
        throw refused("a merge key (<<) must name mappings");
      }
      mapping.fields().forEach(fields::putIfAbsent);
    }
    return new ObjectValue(fields, at);
  }

  private ListValue list(SourcePosition at) throws IOException, Invalid {
    var items = new ArrayList<Value>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(value(parser.currentTokenLocation().getLineNr()));
    }
    return new ListValue(items, at);
  }

  /** How many values the tree holds, aliases expanded. */
  private long size(Value value) {
    Long known = sizes.get(value);
    if (known != null) {
      return known;
    }
    List<Value> children =
        value instanceof ObjectValue object
            ? List.copyOf(object.fields().values())
            : value instanceof ListValue list ? list.items() : List.of();
    long size = 1;
    for (Value child : children) {
      size = Math.min(Long.MAX_VALUE / 2, size + size(child));
    }
    sizes.put(value, size);
    return size;
  }

  private void count(long more) throws Invalid {
    nodes += more;
    if (nodes > MAX_NODES) {
      throw refused("aliases expand this document past " + MAX_NODES + " values");
    }
  }

  private Invalid refused(String reason) {
    return new Invalid(reason, parser.currentLocation().getLineNr());
  }
}
