package org.imagecatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder {@code cases/roots/NAME/} holds a {@code catalog.conf}, the output root as it is
 * before ({@code before/}, copied to a root of the test's own) and, if the case needs them, its own
 * {@code templates/}. {@code generate} runs on it; its status, what it printed and the whole root
 * after it are approved as one bundle per case: the shared files a section goes into, byte for
 * byte, and the files outside the owned folders, never touched.
 */
class RootCasesTest {
  static final Path CASES =
      Path.of("src/test/resources/org/imagecatalog/cases/roots").toAbsolutePath();

  @TempDir Path folder;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generateIsApproved(String name) throws IOException {
    Path source = CASES.resolve(name);
    Path root = Files.createDirectories(folder.resolve("root"));
    if (Files.isDirectory(source.resolve("before"))) {
      CommandLineRun.copyTree(source.resolve("before"), root);
    }
    Path catalog = Files.copy(source.resolve("catalog.conf"), folder.resolve("catalog.conf"));
    Path templates =
        Files.isDirectory(source.resolve("templates"))
            ? source.resolve("templates")
            : Path.of("templates").toAbsolutePath();
    CommandLineRun run =
        CommandLineRun.of(
            folder,
            "generate",
            "--catalog",
            catalog.toString(),
            "--templates",
            templates.toString(),
            "--out",
            root.toString(),
            "--verbose");
    var bundle = new StringBuilder();
    bundle.append("-- status --\n").append(run.status()).append('\n');
    bundle.append("-- stdout --\n").append(run.out());
    bundle.append("-- stderr --\n").append(run.err().replace(templates.toString(), "templates"));
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        bundle
            .append("-- ")
            .append(root.relativize(file))
            .append(" --\n")
            .append(Files.readString(file));
      }
    }
    Approvals.verify(bundle.toString(), new Options().forFile().withAdditionalInformation(name));
  }
}
