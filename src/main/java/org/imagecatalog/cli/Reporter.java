package org.imagecatalog.cli;

import java.io.PrintStream;
import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Severity;

/**
 * Where a command speaks: results on standard output, diagnostics and notes on standard error.
 * {@code --quiet} keeps only what fails the run; {@code --verbose} adds detail.
 *
 * @param out standard output, every line neutralised for CI runners
 * @param diagnosticsOut where diagnostics go: standard error as it is when they are GitHub
 *     annotations, the tool's own workflow commands; {@code err} otherwise
 * @param err standard error, every line neutralised for CI runners
 */
record Reporter(
    PrintStream out,
    PrintStream diagnosticsOut,
    PrintStream err,
    DiagnosticPrinter printer,
    boolean quiet,
    boolean verbose,
    boolean strict) {

  /** Prints the diagnostics; under {@code --quiet} only those that fail the run. */
  void diagnostics(List<Diagnostic> diagnostics) {
    List<Diagnostic> shown =
        quiet ? diagnostics.stream().filter(this::fails).toList() : diagnostics;
    diagnosticsOut.print(printer.print(shown));
  }

  /** A result line on standard output, such as a summary; left out under {@code --quiet}. */
  void result(String line) {
    if (!quiet) {
      out.println(line);
    }
  }

  /** A remark on standard error, such as a file left alone; left out under {@code --quiet}. */
  void note(String line) {
    if (!quiet) {
      remark(line);
    }
  }

  /** Detail that only {@code --verbose} asks for, on standard error. */
  void detail(String line) {
    if (verbose) {
      remark(line);
    }
  }

  /** A line on standard error that even {@code --quiet} keeps, in the diagnostics' format. */
  void remark(String line) {
    err.println(printer.remark(line));
  }

  /** True when the diagnostics stop the command: errors, or warnings under {@code --strict}. */
  boolean failing(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(this::fails);
  }

  private boolean fails(Diagnostic diagnostic) {
    return diagnostic.isError() || (strict && diagnostic.severity() == Severity.WARNING);
  }

  static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
