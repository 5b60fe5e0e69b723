package org.imagecatalog.cli;

import org.imagecatalog.Compiler;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;

/**
 * {@code acknowledge}: today's acknowledgeable warnings written onto their tags, in the catalog's
 * own text, so that only new entries warn.
 */
record AcknowledgeCommand(Invocation invocation, Reporter reporter, Compiler compiler) {
  ExitCode run() {
    Result<Long> acknowledged = compiler.acknowledge(invocation.catalog());
    reporter.diagnostics(acknowledged.diagnostics());
    if (!acknowledged.ok()) {
      return ExitCode.BAD_INPUT;
    }
    long count = acknowledged.get();
    String catalog = reporter.printer().show(SourcePosition.of(invocation.catalog().toString()));
    reporter.result(
        count == 0
            ? catalog + ": nothing to acknowledge"
            : catalog + ": acknowledged " + count + (count == 1 ? " warning" : " warnings"));
    return ExitCode.OK;
  }
}
