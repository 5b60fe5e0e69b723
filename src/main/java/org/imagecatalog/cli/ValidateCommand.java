package org.imagecatalog.cli;

import java.util.List;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.Severity;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.Catalog;

/** {@code validate}: the catalog's problems, or a one-line summary of what it holds. */
record ValidateCommand(Invocation invocation, Reporter reporter) {
  ExitCode run() {
    Result<Catalog> result = Compiler.check(invocation.catalog());
    List<Diagnostic> diagnostics = result.diagnostics();
    reporter.diagnostics(diagnostics);
    if (Reporter.failing(diagnostics, invocation.strict()) || result.value().isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    Catalog catalog = result.get();
    long warnings = Reporter.count(diagnostics, Severity.WARNING);
    reporter
        .out()
        .printf(
            "%s: %d namespaces, %d image streams, %d tags, %d warning%s%n",
            reporter.printer().show(SourcePosition.of(invocation.catalog().toString())),
            catalog.namespaces().size(),
            catalog.streams().count(),
            catalog.tags().count(),
            warnings,
            warnings == 1 ? "" : "s");
    return ExitCode.OK;
  }
}
