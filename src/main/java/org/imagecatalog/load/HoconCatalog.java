package org.imagecatalog.load;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigResolver;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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

  /** The catalog as written, and every file it includes. */
  record Parsed(ObjectValue root, List<String> includedFiles) {}

  /**
   * @param executor where the key scan and the included files' parses run meanwhile
   */
  static Result<Parsed> parse(CatalogSource source, ExecutorService executor) {
    String shown = source.name();
    String text = source.text();
    // The text scan needs nothing from the parse: run it on the other core meanwhile.
    Future<KeyScanner.KeyLines> scan = executor.submit(() -> KeyScanner.scan(source));
    var diagnostics = new Diagnostics();
    var undefined = new UndefinedSubstitutions();
    var includer = new HermeticIncluder(source, executor);
    Config parsed;
    try {
      parsed = parseHermetic(source, includer);
    } catch (ConfigException e) {
      finished(scan); // the scan runs on the pipeline's executor: never leave work behind
      diagnostics.add(ConfigErrors.toDiagnostic(e, shown, text));
      return Result.failed(diagnostics);
    } catch (StackOverflowError e) {
      // Nested past what the library's recursive parser takes: the scan says where.
      parsed = null;
    }
    KeyScanner.KeyLines keyLines = finished(scan);
    diagnostics.addAll(keyLines.problems());
    if (parsed == null || diagnostics.hasErrors()) {
      if (!diagnostics.hasErrors()) {
        diagnostics.error(
            "nesting", SourcePosition.of(shown), "", "nests too deep for the HOCON parser");
      }
      // Nothing resolved: a value that substitutions make too large would take all memory.
      return Result.failed(diagnostics);
    }
    ConfigObject root;
    try {
      root = parsed.resolve(ConfigResolveOptions.noSystem().appendResolver(undefined)).root();
    } catch (ConfigException e) {
      diagnostics.add(ConfigErrors.toDiagnostic(e, shown, text));
      return Result.failed(diagnostics);
    }
    undefined.report(shown, text, diagnostics);
    var tree = (ObjectValue) new HoconCatalog(shown, keyLines).convert(root, "");
    return Result.of(new Parsed(tree, includer.includedFiles()), diagnostics);
  }

  /**
   * The whole catalog, includes read, substitutions not yet resolved: the key scan first checks
   * that resolving them stays within bounds. They are never resolved from the environment.
   */
  private static Config parseHermetic(CatalogSource source, HermeticIncluder includer) {
    ConfigParseOptions options =
        ConfigParseOptions.defaults()
            .setSyntax(ConfigSyntax.CONF)
            .setAllowMissing(false)
            .setOriginDescription(source.name())
            .setIncluder(includer);
    includer.parseAhead(source.text(), options);
    try {
      return ConfigFactory.parseString(source.text(), options);
    } finally {
      includer.stopParsingAhead();
    }
  }

  private static <T> T finished(Future<T> work) {
    try {
      return work.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException thrown
          ? thrown
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning the catalog", e);
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
