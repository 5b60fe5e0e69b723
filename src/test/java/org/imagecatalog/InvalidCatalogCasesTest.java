package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.imagecatalog.model.Catalog;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code cases/invalid/NAME.conf} beside {@code NAME.errors}: the exact diagnostics {@code
 * validate} prints, paths relative to the case folder. Comparing whole texts fails on a missing
 * diagnostic and on an extra one alike.
 */
class InvalidCatalogCasesTest {
  static final Path CASES = Path.of("src/test/resources/org/imagecatalog/cases/invalid");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".conf"))
          .map(name -> name.substring(0, name.length() - ".conf".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** Includes are parsed on several threads: a case that waited forever would fail, not hang. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(20)
  void diagnosticsMatchTheErrorsFile(String name) throws IOException {
    Result<Catalog> result = TestCompiler.load(CASES.resolve(name + ".conf"));
    String printed = new DiagnosticPrinter(CASES).print(result.diagnostics());
    String expected = Files.readString(CASES.resolve(name + ".errors"));
    assertFalse(expected.isBlank(), "an invalid case must expect at least one diagnostic");
    assertEquals(expected, printed);
  }
}
