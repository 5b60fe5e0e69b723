package org.imagecatalog.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Severity;

/** Where a command speaks: results on standard output, diagnostics on standard error. */
record Reporter(PrintStream out, PrintStream err, DiagnosticPrinter printer) {
  Reporter(PrintStream out, PrintStream err, Path workingFolder) {
    this(out, err, new DiagnosticPrinter(workingFolder));
  }

  void diagnostics(List<Diagnostic> diagnostics) {
    err.print(printer.print(diagnostics));
  }

  /** True when the diagnostics stop the command: errors, or warnings under {@code --strict}. */
  static boolean failing(List<Diagnostic> diagnostics, boolean strict) {
    return diagnostics.stream().anyMatch(d -> d.isError() || strict);
  }

  static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
