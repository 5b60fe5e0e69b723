package org.imagecatalog.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.diag.Utf8Text;

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

  /** The catalog file, read as UTF-8; a file that cannot be read is a diagnostic, not an error. */
  public static Result<CatalogSource> read(Path file) {
    String shown = file.toString();
    if (Files.isDirectory(file)) {
      return failed(shown, 0, "is a folder, not a catalog file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return failed(shown, 0, "no such catalog file");
    } catch (IOException e) {
      return failed(shown, 0, "cannot be read: " + reason(e));
    }
    Path folder = file.toAbsolutePath().getParent();
    return Utf8Text.decode(bytes, shown, "catalog-file")
        .then(text -> Result.success(new CatalogSource(shown, text, folder)));
  }

  /** The file name alone, as generated files name their source: {@code catalog.conf}. */
  public String fileName() {
    Path path = Path.of(name).getFileName();
    return path == null ? name : path.toString();
  }

  private static Result<CatalogSource> failed(String file, int line, String message) {
    return Result.failed(
        Diagnostic.error("catalog-file", new SourcePosition(file, line), "", message));
  }

  /** The reason without the path, which the diagnostic names already. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
