package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.imagecatalog.render.RenderedTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder {@code cases/valid/NAME/} holds a {@code catalog.conf}, rendered with the
 * repository's templates; the whole output is approved as one bundle per case.
 */
class ValidCatalogCasesTest {
  static final Path CASES = Path.of("src/test/resources/org/imagecatalog/cases/valid");
  static final Path TEMPLATES = Path.of("templates");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputIsApproved(String name) {
    Path folder = CASES.resolve(name);
    Result<RenderedTree> result = TestCompiler.compile(folder.resolve("catalog.conf"), TEMPLATES);
    var printer = new DiagnosticPrinter(folder);
    assertTrue(result.ok(), () -> printer.print(result.diagnostics()));
    Approvals.verify(
        TreeBundle.of(result.get(), result.diagnostics(), printer),
        new Options().forFile().withAdditionalInformation(name));
  }
}
