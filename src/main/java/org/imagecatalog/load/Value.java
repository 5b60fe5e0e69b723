package org.imagecatalog.load;

import com.typesafe.config.ConfigValueFactory;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.imagecatalog.diag.SourcePosition;

/**
 * A document as written, whichever syntax it was written in: the catalog as {@link HoconCatalog}
 * reads it, which the binder reads, and YAML as {@link YamlDocuments} reads it, which import and
 * verification read. Neither sees a parser's own types, so each parser stays in this package.
 *
 * <p>Each value carries the line of the key that holds it (of the item, in a list): that is where a
 * user looks for the key a diagnostic names.
 */
public sealed interface Value {
  SourcePosition at();

  /** The value as "got ..." messages name it: "an object", "the string \"x\"", "number 7". */
  String describe();

  /** The same value with no positions, so that two are equal when they say the same. */
  default Value unplaced() {
    SourcePosition none = SourcePosition.NONE;
    if (this instanceof ObjectValue object) {
      var fields = new TreeMap<String, Value>();
      object.fields().forEach((key, value) -> fields.put(key, value.unplaced()));
      return new ObjectValue(fields, none);
    }
    if (this instanceof ListValue list) {
      return new ListValue(list.items().stream().map(Value::unplaced).toList(), none);
    }
    if (this instanceof StringValue string) {
      return new StringValue(string.text(), none);
    }
    if (this instanceof NumberValue number) {
      return new NumberValue(number.rendered(), number.written(), none);
    }
    return this instanceof BooleanValue bool
        ? new BooleanValue(bool.value(), none)
        : new NullValue(none);
  }

  /** Keys in sorted order, so that binding and its diagnostics are deterministic. */
  record ObjectValue(SortedMap<String, Value> fields, SourcePosition at) implements Value {
    @Override
    public String describe() {
      return "an object";
    }
  }

  record ListValue(List<Value> items, SourcePosition at) implements Value {
    @Override
    public String describe() {
      return "a list";
    }
  }

  record StringValue(String text, SourcePosition at) implements Value {
    @Override
    public String describe() {
      return "the string "
          + ConfigValueFactory.fromAnyRef(text).render(); // quoted by HOCON's rules
    }
  }

  /**
   * A number as HOCON renders it, which is not always as written: HOCON reads {@code 1.10} as the
   * number 1.1.
   *
   * @param written the number as written, or {@code rendered} when that is not known
   */
  record NumberValue(String rendered, String written, SourcePosition at) implements Value {
    @Override
    public String describe() {
      return "number " + rendered;
    }
  }

  record BooleanValue(boolean value, SourcePosition at) implements Value {
    @Override
    public String describe() {
      return "boolean " + value;
    }
  }

  record NullValue(SourcePosition at) implements Value {
    @Override
    public String describe() {
      return "null";
    }
  }
}
