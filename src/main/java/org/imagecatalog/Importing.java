package org.imagecatalog;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagecatalog.Compiler.ImportedCatalog;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.importer.ImportRequest;
import org.imagecatalog.importer.ImportedText;
import org.imagecatalog.importer.Importer;
import org.imagecatalog.load.CatalogSource;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.output.OutputWriter;

/**
 * {@code import} for the {@link Compiler}: read the inputs into a catalog's text, load that text
 * from memory as {@code validate} would load the file, acknowledge its warnings in the text if
 * asked, and only then write it, to a file that is not there yet.
 */
final class Importing {
  private final Compiler compiler;
  private final Compiler.ImportOptions options;

  Importing(Compiler compiler, Compiler.ImportOptions options) {
    this.compiler = compiler;
    this.options = options;
  }

  Result<ImportedCatalog> run(ImportRequest request) {
    Optional<Diagnostic> refused = options.output().flatMap(this::refusal);
    if (refused.isPresent()) {
      return Result.failed(refused.get());
    }
    Result<ImportedCatalog> imported =
        compiler
            .timings()
            .time("import", () -> Importer.read(request))
            .then(inputs -> catalog(Importer.write(inputs, options.sourceComments()), request));
    if (options.output().isEmpty() || !imported.ok()) {
      return imported;
    }
    List<Diagnostic> problems =
        compiler
            .timings()
            .time(
                "write",
                () -> OutputWriter.writeFile(options.output().get(), imported.get().text()));
    var diagnostics = new Diagnostics();
    diagnostics.addAll(imported.diagnostics());
    diagnostics.addAll(problems);
    return Result.of(imported.get(), diagnostics);
  }

  /** A catalog that is there already is refused unless {@code --force}: import never overwrites. */
  private Optional<Diagnostic> refusal(Path output) {
    if (options.force() || !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.error(
            "import-output",
            SourcePosition.of(options.name()),
            "",
            "exists already, and import writes a new catalog and never overwrites one: edit it, run"
                + " image-catalog acknowledge to acknowledge its warnings, or give --force to"
                + " replace it"));
  }

  /** The text, loaded as the file would be and, if asked, with its warnings acknowledged. */
  private Result<ImportedCatalog> catalog(ImportedText text, ImportRequest request) {
    var source = new CatalogSource(options.name(), text.text(), request.catalogFolder());
    Result<Catalog> loaded = compiler.load(source);
    String written = text.text();
    if (options.acknowledge() && loaded.ok()) {
      Result<Map<String, String>> edited = Acknowledging.edit(source, loaded);
      if (!edited.ok()) {
        return Result.failed(edited.diagnostics());
      }
      written = edited.get().getOrDefault(options.name(), written);
      loaded = compiler.load(new CatalogSource(options.name(), written, request.catalogFolder()));
    }
    String result = written;
    // Told at the inputs the user can fix, where the line is one import wrote from an input.
    Result<Catalog> told =
        new Result<>(
            loaded.value(),
            loaded.diagnostics().stream().map(d -> text.atInput(d, options.name())).toList());
    return told.then(catalog -> Result.success(new ImportedCatalog(result, catalog)));
  }
}
