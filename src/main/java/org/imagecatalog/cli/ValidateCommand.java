package org.imagecatalog.cli;

import java.util.List;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.Severity;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.Catalog;

/** {@code validate}: the catalog's problems, or a one-line summary of what it holds. */
record ValidateCommand(Invocation invocation, Reporter reporter, Compiler compiler) {
  ExitCode run() {
    Result<Catalog> result = compiler.load(invocation.catalog());
    List<Diagnostic> diagnostics = result.diagnostics();
    reporter.diagnostics(diagnostics);
    if (reporter.failing(diagnostics) || result.value().isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    Catalog catalog = result.get();
    long warnings = Reporter.count(diagnostics, Severity.WARNING);
    // Concatenation, not printf: java.util.Formatter costs a short run about 5 ms to start.
    reporter.result(
        reporter.printer().show(SourcePosition.of(invocation.catalog().toString()))
            + ": "
            + catalog.namespaces().size()
            + " namespaces, "
            + catalog.streams().count()
            + " image streams, "
            + catalog.tags().count()
            + " tags, "
            + warnings
            + (warnings == 1 ? " warning" : " warnings"));
    return ExitCode.OK;
  }
}
