package org.imagecatalog.importer;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import org.imagecatalog.diag.Result;

/**
 * Import as the tests use it: read, then the catalog's text, written beside the first input as an
 * adopting repository writes it, so that its outputs put each kind back where it was read.
 */
final class Imports {
  private Imports() {}

  static Result<ImportedText> of(List<Path> paths, boolean sourceComments) {
    return of(paths, sourceComments, path -> false);
  }

  static Result<ImportedText> of(List<Path> paths, boolean sourceComments, PathMatcher exclude) {
    Path beside = paths.get(0).toAbsolutePath().normalize().getParent();
    return of(
        new ImportRequest(paths, exclude, Optional.empty(), ImportRequest.Prefer.NEITHER, beside),
        sourceComments);
  }

  static Result<ImportedText> of(ImportRequest request, boolean sourceComments) {
    return Importer.read(request)
        .then(inputs -> Result.success(Importer.write(inputs, sourceComments)));
  }
}
