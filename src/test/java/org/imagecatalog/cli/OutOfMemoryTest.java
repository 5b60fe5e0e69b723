package org.imagecatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imagecatalog.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog too large for the heap is the user's input, not the tool's bug: the run says how much
 * heap it had and how to give it more, and exits 2, without a stack trace.
 */
class OutOfMemoryTest {
  @TempDir Path folder;

  @Test
  void aCatalogTooLargeForTheHeapSaysHowToRaiseIt() throws Exception {
    var catalog = new StringBuilder("namespaces.ci {\n");
    for (int i = 0; i < 40_000; i++) {
      catalog
          .append("  s")
          .append(i)
          .append(".tags.\"1.0\" = \"quay.io/a/s")
          .append(i)
          .append(":1.0\"\n");
    }
    Files.writeString(folder.resolve("catalog.conf"), catalog.append("}\n"));
    List<String> command = new ArrayList<>(CommandLineRun.java(folder).command());
    command.add(1, "-Xmx32m");
    command.addAll(List.of("validate", "--catalog", "catalog.conf"));
    Process process =
        new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue(), output);
    assertTrue(
        output.matches(
            "(?s).*image-catalog: error: the input is too large for \\d+ MiB of heap: set"
                + " IMAGE_CATALOG_JAVA_OPTS=-Xmx1g \\(or more\\) to give the launcher's Java a"
                + " larger one\n"),
        output);
    assertFalse(output.contains("\tat ") || output.contains("    at "), output);
  }
}
