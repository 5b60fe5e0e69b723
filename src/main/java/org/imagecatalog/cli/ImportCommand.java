package org.imagecatalog.cli;

import java.nio.file.Path;
import java.util.List;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.importer.Importer;
import org.imagecatalog.model.Catalog;

/**
 * {@code import}: existing manifests to a catalog. The catalog is validated before it is written,
 * and nothing is written when anything failed.
 */
record ImportCommand(Invocation invocation, Reporter reporter, Compiler compiler) {
  ExitCode run() {
    List<Path> paths = invocation.arguments().stream().map(Path::of).toList();
    Path output = invocation.output();
    String name =
        output == null
            ? "(standard output)"
            : reporter.printer().show(SourcePosition.of(output.toString()));
    Result<Compiler.ImportedCatalog> imported =
        compiler.importFrom(
            paths,
            !invocation.has(Flag.NO_SOURCE_COMMENTS),
            invocation.exclude(),
            invocation.has(Flag.ACKNOWLEDGE),
            output,
            name);
    reporter.diagnostics(imported.diagnostics());
    if (reporter.failing(imported.diagnostics()) || !imported.ok()) {
      return ExitCode.BAD_INPUT;
    }
    if (output == null) {
      reporter.out().print(imported.get().text());
    }
    if (invocation.has(Flag.LIST_REPLACED)) {
      imported
          .get()
          .replaced()
          .forEach(
              file -> reporter.out().println(reporter.printer().show(SourcePosition.of(file))));
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
}
