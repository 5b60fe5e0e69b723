package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the package-info files, enforced: each third-party library lives in one
 * stage, and the early stages never reach forward into later ones.
 */
class ArchitectureTest {
  static final Path SOURCES = Path.of("src/main/java/org/imagecatalog");

  /** Import prefix, and the only packages (relative to org.imagecatalog) that may use it. */
  static final Map<String, List<String>> ALLOWED =
      Map.of(
          "com.typesafe.config", List.of("load"),
          "com.github.mustachejava", List.of("render"),
          "org.apache.commons.cli", List.of("cli"),
          // The one YAML reader: import's inputs and verification's read-back both call it.
          "com.fasterxml.jackson", List.of("load"),
          "org.yaml.snakeyaml", List.of("load"),
          "com.github.difflib", List.of("output"),
          "org.imagecatalog.render", List.of("render", "verify", "output", "cli", ""),
          "org.imagecatalog.verify", List.of(""),
          "org.imagecatalog.cli", List.of("cli"),
          "org.imagecatalog.output", List.of("output", "cli", ""));

  @Test
  void librariesAndLaterStagesAreImportedOnlyWhereAllowed() throws IOException {
    var violations = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String stage = stageOf(file);
        for (String line : Files.readAllLines(file)) {
          if (!line.startsWith("import ")) {
            continue;
          }
          ALLOWED.forEach(
              (prefix, stages) -> {
                if (line.startsWith("import " + prefix) && !stages.contains(stage)) {
                  violations.add(SOURCES.relativize(file) + ": " + line);
                }
              });
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  /** One executor, the pipeline's: no stage starts threads or reaches for a common pool. */
  @Test
  void onlyThePipelineMakesThreads() throws IOException {
    var violations = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (file.equals(SOURCES.resolve("Compiler.java"))) {
          continue;
        }
        for (String line : Files.readAllLines(file)) {
          for (String made :
              List.of(
                  "new Thread(",
                  "Executors.",
                  "CompletableFuture",
                  "parallelStream",
                  "ForkJoinPool",
                  ".parallel()")) {
            if (line.contains(made)) {
              violations.add(SOURCES.relativize(file) + ": " + line.strip());
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  private static String stageOf(Path file) {
    Path relative = SOURCES.relativize(file.getParent());
    return relative.getNameCount() == 0 || relative.toString().isEmpty()
        ? ""
        : relative.getName(0).toString();
  }
}
