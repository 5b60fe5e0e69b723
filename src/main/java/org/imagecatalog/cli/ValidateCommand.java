package org.imagecatalog.cli;

import java.util.List;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.Severity;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.Catalog;

/**
 * {@code validate}: the catalog's problems and its outputs', or a one-line summary of what it
 * holds. It runs the pipeline up to the output folder, so a catalog that passes it generates.
 */
record ValidateCommand(Invocation invocation, Reporter reporter, Compiler compiler) {
  ExitCode run() {
    Result<Compiler.Compilation> result =
        compiler.compile(invocation.catalog(), invocation.templates());
    List<Diagnostic> diagnostics = result.diagnostics();
    reporter.diagnostics(diagnostics);
    if (reporter.failing(diagnostics) || !result.ok()) {
      return ExitCode.BAD_INPUT;
    }
    Catalog catalog = result.get().catalog();
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
