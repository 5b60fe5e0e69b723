package org.imagecatalog.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value.ObjectValue;

/**
 * The fast path for catalogs written in plain JSON, which is a subset of HOCON: machine-written
 * catalogs usually are. Jackson's streaming parser reads them about five times faster than the
 * HOCON parser, with a fraction of its garbage, and the HOCON library is then not even loaded.
 *
 * <p>It is taken only where it cannot differ from HOCON: strict JSON with an object at the root, no
 * repeated key (HOCON would merge it, and only the HOCON path reports duplicates), and no number
 * but a whole one (HOCON rewrites the others, see {@link #wholeNumber}). Anything else goes to
 * {@link HoconCatalog}, which accepts everything this accepts. Each value's line is the line of its
 * key, as the HOCON path gives it.
 */
final class JsonCatalog {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final JsonParser parser;
  private final String file;

  private JsonCatalog(JsonParser parser, String file) {
    this.parser = parser;
    this.file = file;
  }

  /** The catalog's root object, or empty when the text is not plain JSON. */
  static Optional<ObjectValue> parse(String text, String file) {
    if (!text.stripLeading().startsWith("{")) {
      return Optional.empty();
    }
    try (JsonParser parser = JSON.createParser(text)) {
      parser.nextToken();
      var reader = new JsonCatalog(parser, file);
      Value root = reader.value(reader.here());
      return parser.nextToken() == null ? Optional.of((ObjectValue) root) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The value at the current token, which was written at {@code at}. */
  private Value value(SourcePosition at) throws IOException {
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        var fields = new TreeMap<String, Value>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          SourcePosition keyAt = here();
          parser.nextToken();
          fields.put(key, value(keyAt));
        }
        yield new ObjectValue(fields, at);
      }
      case START_ARRAY -> {
        List<Value> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(here()));
        }
        yield new Value.ListValue(items, at);
      }
      case VALUE_STRING -> new Value.StringValue(parser.getText(), at);
      case VALUE_NUMBER_INT -> new Value.NumberValue(wholeNumber(), parser.getText(), at);
      case VALUE_TRUE -> new Value.BooleanValue(true, at);
      case VALUE_FALSE -> new Value.BooleanValue(false, at);
      case VALUE_NULL -> new Value.NullValue(at);
      default -> throw new NotPlain();
    };
  }

  /**
   * A whole number as HOCON renders it ({@code -0} is 0). Fractions are left to HOCON, which
   * rewrites them ({@code 1.10} is 1.1), and so are numbers past a long, which HOCON keeps as
   * strings.
   */
  private String wholeNumber() throws IOException {
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw new NotPlain();
    }
    return Long.toString(parser.getLongValue());
  }

  /** JSON that this path leaves to HOCON; no stack trace, it is not an error. */
  private static final class NotPlain extends IOException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private SourcePosition here() {
    return new SourcePosition(file, parser.currentTokenLocation().getLineNr());
  }
}
