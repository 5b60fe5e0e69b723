package org.imagecatalog.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigResolver;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value.ObjectValue;

/**
 * Reads a HOCON catalog: a hermetic parse, substitution without the environment, and the
 * duplicate-definition scan, into the parser-neutral {@link Value} tree.
 *
 * <p>Typesafe's defaults are unsafe for a build input: a missing root file parses as an empty
 * config, {@code ConfigFactory.load()} layers system properties on top, and resolution falls back
 * to environment variables. Each is switched off here.
 */
final class HoconCatalog {
  private final String file;
  private final KeyScanner.KeyLines keyLines;

  private HoconCatalog(String file, KeyScanner.KeyLines keyLines) {
    this.file = file;
    this.keyLines = keyLines;
  }

  /**
   * @param file the catalog, absolute: the library resolves includes against its folder
   */
  static Result<ObjectValue> parse(Path file, String text) {
    String shown = file.toString();
    // The text scan needs nothing from the parse: run it on the other core meanwhile.
    CompletableFuture<KeyScanner.KeyLines> scan =
        CompletableFuture.supplyAsync(() -> KeyScanner.scan(file, text));
    var diagnostics = new Diagnostics();
    var undefined = new UndefinedSubstitutions();
    ConfigObject root;
    try {
      root = parseHermetic(file, text, undefined);
    } catch (ConfigException e) {
      diagnostics.add(ConfigErrors.toDiagnostic(e, shown, text));
      return Result.failed(diagnostics);
    }
    undefined.report(shown, text, diagnostics);
    KeyScanner.KeyLines keyLines = scan.join();
    diagnostics.addAll(keyLines.duplicates());
    var tree = (ObjectValue) new HoconCatalog(shown, keyLines).convert(root, "");
    return Result.of(tree, diagnostics);
  }

  /** The whole catalog, includes read and substitutions resolved, never from the environment. */
  private static ConfigObject parseHermetic(Path file, String text, ConfigResolver undefined) {
    var includer = new HermeticIncluder(file.getParent());
    ConfigParseOptions options =
        ConfigParseOptions.defaults()
            .setSyntax(ConfigSyntax.CONF)
            .setAllowMissing(false)
            .setIncluder(includer);
    includer.parseAhead(text, options);
    try {
      return ConfigFactory.parseFile(file.toFile(), options)
          .resolve(ConfigResolveOptions.noSystem().appendResolver(undefined))
          .root();
    } finally {
      includer.stopParsingAhead();
    }
  }

  /**
   * @param keyPath the value's path, elements joined as {@link KeyScanner.KeyLines} keys them
   */
  private Value convert(ConfigValue value, String keyPath) {
    SourcePosition at = position(keyPath, value);
    return switch (value.valueType()) {
      case OBJECT -> {
        var object = (ConfigObject) value;
        var fields = new TreeMap<String, Value>();
        // keySet and get: the library's entrySet copies every entry into a new set.
        for (String key : object.keySet()) {
          fields.put(key, convert(object.get(key), KeyScanner.child(keyPath, key)));
        }
        yield new ObjectValue(fields, at);
      }
      case LIST -> {
        var items = new ArrayList<Value>();
        List<ConfigValue> list = (ConfigList) value;
        for (int i = 0; i < list.size(); i++) {
          items.add(convert(list.get(i), keyPath + "[" + i + "]"));
        }
        yield new Value.ListValue(items, at);
      }
      case STRING -> new Value.StringValue((String) value.unwrapped(), at);
      case NUMBER -> {
        String rendered = value.render();
        String written = keyLines.writtenNumber(keyPath);
        yield new Value.NumberValue(rendered, written == null ? rendered : written, at);
      }
      case BOOLEAN -> new Value.BooleanValue((Boolean) value.unwrapped(), at);
      case NULL -> new Value.NullValue(at);
    };
  }

  /**
   * Where the scanner saw the key, when that is the file the value came from; the library's origin
   * otherwise. Origins of substituted values point at the substitution's source, which is not where
   * the user wrote the key.
   */
  private SourcePosition position(String keyPath, ConfigValue value) {
    SourcePosition written = keyLines.at(keyPath);
    SourcePosition origin = Origins.position(value.origin(), file);
    return written != null && written.file().equals(origin.file()) ? written : origin;
  }

  /**
   * Sees every substitution the catalog does not define. Optional ones ({@code ${?X}}) would
   * otherwise drop their field silently; required ones already fail with the library's message.
   */
  private static final class UndefinedSubstitutions implements ConfigResolver {
    private final List<String> paths = new ArrayList<>();

    @Override
    public ConfigValue lookup(String path) {
      paths.add(path);
      return null;
    }

    @Override
    public ConfigResolver withFallback(ConfigResolver fallback) {
      return this;
    }

    void report(String file, String text, Diagnostics diagnostics) {
      for (String path : paths) {
        int line = Lines.of(text, "${?" + path + "}");
        diagnostics.error(
            "undefined-substitution",
            new SourcePosition(file, line),
            "",
            "${?"
                + path
                + "} is not defined in the catalog; catalogs never read environment"
                + " variables or system properties");
      }
    }
  }
}
