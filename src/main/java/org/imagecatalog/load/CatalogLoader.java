package org.imagecatalog.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value.ObjectValue;
import org.imagecatalog.model.Catalog;

/**
 * Reads a catalog file into the model: the plain-JSON fast path ({@link JsonCatalog}) or the
 * hermetic HOCON parse ({@link HoconCatalog}), then {@link CatalogBinder}.
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

  /**
   * @param jsonFastPath false to always use the HOCON parser, for tests of the fast path
   */
  static Result<Catalog> parse(Path file, String text, boolean jsonFastPath) {
    Path absolute = file.toAbsolutePath().normalize();
    Optional<ObjectValue> json =
        jsonFastPath ? JsonCatalog.parse(text, absolute.toString()) : Optional.empty();
    Result<ObjectValue> read =
        json.map(Result::success).orElseGet(() -> HoconCatalog.parse(absolute, text));
    if (read.value().isEmpty()) {
      return new Result<>(Optional.empty(), read.diagnostics());
    }
    // Bound even after a duplicate definition or an undefined substitution: one run reports all.
    Result<Catalog> bound = CatalogBinder.bind(file.getFileName().toString(), read.get());
    var all = new Diagnostics();
    all.addAll(read.diagnostics());
    all.addAll(bound.diagnostics());
    return new Result<>(bound.value(), all.sorted());
  }
}
