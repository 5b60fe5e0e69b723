package org.imagecatalog.importer;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import org.imagecatalog.diag.Result;

/** Import as the tests use it: read, then the catalog's text with nothing acknowledged. */
final class Imports {
  private Imports() {}

  static Result<ImportedText> of(List<Path> paths, boolean sourceComments) {
    return of(paths, sourceComments, path -> false);
  }

  static Result<ImportedText> of(List<Path> paths, boolean sourceComments, PathMatcher exclude) {
    return Importer.read(paths, exclude)
        .then(inputs -> Result.success(Importer.write(inputs, sourceComments, Map.of())));
  }
}
