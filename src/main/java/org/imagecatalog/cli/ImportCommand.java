package org.imagecatalog.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.importer.Importer;
import org.imagecatalog.importer.Skipped;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.output.OutputWriter;

/**
 * {@code import}: existing manifests to a catalog. The catalog is validated before it is written,
 * and nothing is written when anything failed.
 */
record ImportCommand(Invocation invocation, Reporter reporter) {
  ExitCode run() {
    List<Path> paths = invocation.arguments().stream().map(Path::of).toList();
    Result<Importer.Imported> imported =
        Importer.importFrom(paths, !invocation.has(Flag.NO_SOURCE_COMMENTS));
    reporter.diagnostics(imported.diagnostics());
    if (!imported.ok()) {
      return ExitCode.BAD_INPUT;
    }
    String catalog = imported.get().catalog();
    Result<Catalog> checked = validate(catalog);
    if (reporter.failing(checked.diagnostics()) || !checked.ok()) {
      return ExitCode.BAD_INPUT;
    }
    if (invocation.output() == null) {
      reporter.out().print(catalog);
    } else {
      List<Diagnostic> problems = OutputWriter.writeFile(invocation.output(), catalog);
      reporter.diagnostics(problems);
      if (!problems.isEmpty()) {
        return ExitCode.BAD_INPUT;
      }
    }
    summarize(imported.get().skipped(), checked.get());
    return ExitCode.OK;
  }

  /** Loads the text as {@code validate} would, reporting positions in the catalog to be written. */
  private Result<Catalog> validate(String catalog) {
    try {
      Path folder = Files.createTempDirectory("image-catalog-import");
      Path file = folder.resolve("catalog.conf");
      try {
        Files.writeString(file, catalog, StandardCharsets.UTF_8);
        Result<Catalog> result = Compiler.check(file);
        String shown =
            invocation.output() == null
                ? "<stdout>"
                : reporter.printer().show(SourcePosition.of(invocation.output().toString()));
        reporter
            .err()
            .print(
                new DiagnosticPrinter(folder)
                    .print(result.diagnostics())
                    .replaceAll(
                        "(?m)^( *)catalog\\.conf:", "$1" + Matcher.quoteReplacement(shown) + ":"));
        return result;
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot validate the imported catalog in a temporary folder", e);
    }
  }

  private void summarize(List<Skipped> skipped, Catalog catalog) {
    for (Skipped skip : skipped) {
      reporter.note(reporter.printer().show(skip.at()) + ": skipped: " + skip.what());
    }
    reporter.note(
        String.format(
            "imported %d image streams and %d tags in %d namespaces; %d skipped",
            catalog.streams().count(),
            catalog.tags().count(),
            catalog.namespaces().size(),
            skipped.size()));
  }
}
