package org.imagecatalog.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.importer.ImportRequest;
import org.imagecatalog.importer.Importer;
import org.imagecatalog.importer.Removal;
import org.imagecatalog.model.Catalog;

/**
 * {@code import}: existing manifests and a mapping file to a catalog. The catalog is validated
 * before it is written, and nothing is written when anything failed, nor over a catalog that is
 * there.
 */
record ImportCommand(Invocation invocation, Reporter reporter, Compiler compiler) {
  ExitCode run() {
    List<Path> paths = invocation.arguments().stream().map(Path::of).toList();
    Optional<Path> output = Optional.ofNullable(invocation.output());
    String name =
        output
            .map(file -> reporter.printer().show(SourcePosition.of(file.toString())))
            .orElse("(standard output)");
    Path catalogFolder =
        output.map(file -> file.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
    var request =
        new ImportRequest(
            paths,
            invocation.exclude(),
            invocation.namespace(),
            invocation.prefer(),
            catalogFolder);
    if (invocation.has(Flag.REMOVE_IMPORTED)) {
      return remove(request);
    }
    Result<Compiler.ImportedCatalog> imported =
        compiler.importFrom(
            request,
            new Compiler.ImportOptions(
                !invocation.has(Flag.NO_SOURCE_COMMENTS),
                invocation.has(Flag.ACKNOWLEDGE),
                output,
                invocation.has(Flag.FORCE),
                name));
    reporter.diagnostics(imported.diagnostics());
    if (reporter.failing(imported.diagnostics()) || !imported.ok()) {
      return ExitCode.BAD_INPUT;
    }
    if (output.isEmpty()) {
      reporter.out().print(imported.get().text());
    }
    Catalog catalog = imported.get().catalog();
    long skipped =
        imported.diagnostics().stream()
            .map(Diagnostic::code)
            .filter(Importer.SKIPPED::equals)
            .count();
    reporter.note(
        "imported "
            + catalog.streams().count()
            + " image streams and "
            + catalog.tags().count()
            + " tags in "
            + catalog.namespaces().size()
            + " namespaces; "
            + skipped
            + " skipped");
    return ExitCode.OK;
  }

  /** {@code --remove-imported}: the catalog's ImageStreams cut out of the files they came from. */
  private ExitCode remove(ImportRequest request) {
    Result<List<Removal.Edit>> removed = compiler.removeImported(request, invocation.catalog());
    reporter.diagnostics(removed.diagnostics());
    if (reporter.failing(removed.diagnostics()) || !removed.ok()) {
      return ExitCode.BAD_INPUT;
    }
    int streams = 0;
    int deleted = 0;
    for (Removal.Edit edit : removed.get()) {
      String file = reporter.printer().show(SourcePosition.of(edit.file().toString()));
      reporter.detail(
          (edit.text().isEmpty() ? "deleted " : "cut " + edit.removed() + " from ") + file);
      streams += edit.removed();
      deleted += edit.text().isEmpty() ? 1 : 0;
    }
    reporter.result(
        "removed "
            + streams
            + " ImageStream documents the catalog defines from "
            + removed.get().size()
            + " files, "
            + deleted
            + " of which held nothing else and were deleted");
    return ExitCode.OK;
  }
}
