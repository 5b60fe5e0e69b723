package org.imagecatalog.load;

import java.nio.file.Path;
import java.util.Objects;
import org.imagecatalog.diag.InputFile;
import org.imagecatalog.diag.Result;

/**
 * A catalog to load: its name as diagnostics show it, its text, and the folder its {@code include}s
 * are read from (and may not leave). A file on disk and a catalog that {@code import} has just
 * written in memory are loaded the same way.
 */
public record CatalogSource(String name, String text, Path includeRoot) {
  public CatalogSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    includeRoot = includeRoot.toAbsolutePath().normalize();
  }

  /**
   * The catalog file, read as UTF-8, or a pipe such as {@code /dev/stdin}; a file that cannot be
   * read is a diagnostic, not an error.
   */
  public static Result<CatalogSource> read(Path file) {
    String shown = file.toString();
    Path folder = file.toAbsolutePath().getParent();
    return InputFile.CATALOG
        .read(file, shown, "catalog-file")
        .then(text -> Result.success(new CatalogSource(shown, text, folder)));
  }

  /** The file name alone, as generated files name their source: {@code catalog.conf}. */
  public String fileName() {
    Path path = Path.of(name).getFileName();
    return path == null ? name : path.toString();
  }
}
