package org.imagecatalog.load;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigResolver;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.Catalog;

/**
 * Reads a catalog file into the model: hermetic HOCON parse, substitution without the
 * environment, duplicate-definition scan, then {@link CatalogBinder}.
 *
 * <p>Typesafe's defaults are unsafe for a build input: a missing root file parses as an empty
 * config, {@code ConfigFactory.load()} layers system properties on top, and resolution falls back
 * to environment variables. Each is switched off here.
 */
public final class CatalogLoader {
  private CatalogLoader() {}

  public static Result<Catalog> load(Path file) {
    String shown = file.toString();
    if (Files.isDirectory(file)) {
      return Result.failed(
          Diagnostic.error(
              "catalog-file", SourcePosition.of(shown), "", "is a folder, not a catalog file"));
    }
    if (!Files.isRegularFile(file)) {
      return Result.failed(
          Diagnostic.error("catalog-file", SourcePosition.of(shown), "", "no such catalog file"));
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Result.failed(
          Diagnostic.error(
              "catalog-file", SourcePosition.of(shown), "", "cannot be read: " + e.getMessage()));
    }
    return parse(file, text);
  }

  private static Result<Catalog> parse(Path file, String text) {
    return parse(file, text, true);
  }

  /** @param jsonFastPath false to always use the HOCON parser, for tests of the fast path */
  static Result<Catalog> parse(Path file, String text, boolean jsonFastPath) {
    // Absolute, because the library resolves includes against the parent of the path it is given.
    Path absolute = file.toAbsolutePath().normalize();
    var diagnostics = new Diagnostics();
    // The text scan needs nothing from the parse: run it on the other core meanwhile.
    CompletableFuture<KeyScanner.KeyLines> scan =
        CompletableFuture.supplyAsync(() -> KeyScanner.scan(absolute.toString(), text));
    Optional<Config> json =
        jsonFastPath ? JsonCatalog.parse(text, absolute.toString()) : Optional.empty();
    Config config;
    if (json.isPresent()) {
      config = json.get();
    } else {
      var undefined = new UndefinedSubstitutions();
      try {
        config = parseHocon(absolute, undefined);
      } catch (ConfigException e) {
        diagnostics.add(ConfigErrors.toDiagnostic(e, absolute.toString(), text));
        return Result.failed(diagnostics);
      }
      undefined.report(absolute.toString(), text, diagnostics);
    }
    KeyScanner.KeyLines keyLines = scan.join();
    diagnostics.addAll(keyLines.duplicates());
    String fileName = file.getFileName().toString();
    return withDiagnostics(
        CatalogBinder.bind(fileName, absolute.toString(), config, keyLines), diagnostics);
  }

  private static Config parseHocon(Path absolute, ConfigResolver undefined) {
    ConfigParseOptions options =
        ConfigParseOptions.defaults()
            .setSyntax(ConfigSyntax.CONF)
            .setAllowMissing(false)
            .setIncluder(new HermeticIncluder(absolute.getParent()));
    return ConfigFactory.parseFile(absolute.toFile(), options)
        .resolve(ConfigResolveOptions.noSystem().appendResolver(undefined));
  }

  private static Result<Catalog> withDiagnostics(Result<Catalog> bound, Diagnostics before) {
    var all = new Diagnostics();
    all.addAll(before.sorted());
    all.addAll(bound.diagnostics());
    return new Result<>(bound.value(), all.sorted());
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
            "${?" + path + "} is not defined in the catalog; catalogs never read environment"
                + " variables or system properties");
      }
    }
  }
}
