package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
          "com.fasterxml.jackson", List.of("diag", "load", "verify", "importer"),
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

  /**
   * A plain-JSON catalog never loads the HOCON library (its classes cost a short run start-up
   * time): within {@code load}, only the HOCON reader's files may use it.
   */
  @Test
  void onlyTheHoconReaderUsesTheHoconLibrary() throws IOException {
    Set<String> hoconReader =
        Set.of("HoconCatalog.java", "HermeticIncluder.java", "ConfigErrors.java", "Origins.java");
    var violations = new ArrayList<String>();
    try (Stream<Path> files = Files.list(SOURCES.resolve("load"))) {
      for (Path file : files.toList()) {
        boolean uses =
            Files.readAllLines(file).stream()
                .anyMatch(line -> line.startsWith("import com.typesafe.config"));
        if (uses && !hoconReader.contains(file.getFileName().toString())) {
          violations.add(file.getFileName().toString());
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
