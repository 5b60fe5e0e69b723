package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.imagecatalog.validate.rules.TextCharactersRule;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalog that passes {@code validate} must {@code generate}: random catalogs made of valid
 * names, pull specs, settings and texts of any allowed characters (each from its own seed, so a
 * failure is reproduced by its number) compile without an error, every output verifies, and a
 * generate into a fresh folder is then up to date for {@code check}.
 */
class ValidCatalogPropertyTest {
  private static final Path TEMPLATES = Path.of("templates");

  @TempDir Path folder;

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aValidCatalogGeneratesAndChecks(int seed) throws IOException {
    String catalog = new Catalogs(new Random(seed)).catalog();
    Path file = Files.writeString(folder.resolve("catalog.conf"), catalog);
    Path out = folder.resolve("generated");
    var printer = new DiagnosticPrinter(folder);
    var generated = TestCompiler.COMPILER.generate(file, TEMPLATES, out);
    assertTrue(generated.ok(), () -> catalog + "\n" + printer.print(generated.diagnostics()));
    Result<Compiler.Checked> checked = TestCompiler.COMPILER.check(file, TEMPLATES, out);
    assertTrue(checked.ok(), () -> printer.print(checked.diagnostics()));
    assertEquals(List.of(), checked.get().diff().changes(), catalog);
  }

  /** Random valid catalogs. */
  private record Catalogs(Random random) {
    String catalog() {
      var text = new StringBuilder("namespaces {\n");
      for (String namespace : names(1 + random.nextInt(3), "abcdefghijklmnop0123456789", 12)) {
        text.append("  ").append(namespace).append(" {\n");
        text.append("    description = ").append(CommandLineRun.hocon(text(30))).append('\n');
        for (String stream : names(1 + random.nextInt(4), "abcdefghij0123456789.-", 10)) {
          stream(text, "s" + stream.replaceAll("[.-]+$", "").replaceAll("[.-]{2,}", "-"));
        }
        text.append("  }\n");
      }
      return text.append("}\n").toString();
    }

    private void stream(StringBuilder text, String name) {
      text.append("    \"").append(name).append("\" {\n");
      text.append("      description = ").append(CommandLineRun.hocon(text(40))).append('\n');
      text.append("      used-by = [").append(CommandLineRun.hocon(text(20))).append("]\n");
      text.append("      private = ").append(random.nextBoolean()).append('\n');
      text.append("      tags {\n");
      for (String tag : names(1 + random.nextInt(4), "abcxyzABC0123456789._-", 20)) {
        String registry =
            List.of("quay.io", "gcr.io", "registry.example.com:5000", "localhost", "docker.io")
                .get(random.nextInt(5));
        String path = String.join("/", names(1 + random.nextInt(3), "abcdef0123456789", 15));
        text.append("        \"t")
            .append(tag)
            .append("\" { from = \"")
            .append(registry)
            .append('/')
            .append(path)
            .append(":t")
            .append(tag)
            .append("\", scheduled = ")
            .append(random.nextBoolean())
            .append(", import-mode = ")
            .append(random.nextBoolean() ? "Legacy" : "PreserveOriginal")
            .append(", annotations { \"example.com/note\" = ")
            .append(CommandLineRun.hocon(text(30)))
            .append(" } }\n");
      }
      text.append("      }\n    }\n");
    }

    /** Distinct names of the alphabet, each starting with a letter or digit. */
    private Set<String> names(int count, String alphabet, int longest) {
      var names = new LinkedHashSet<String>();
      while (names.size() < count) {
        var name = new StringBuilder();
        name.append(alphabet.charAt(random.nextInt(Math.min(alphabet.length(), 10))));
        for (int i = random.nextInt(longest); i > 0; i--) {
          name.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        names.add(name.toString());
      }
      return names;
    }

    /** Any characters a catalog's texts allow: from all of Unicode, the refused left out. */
    private String text(int longest) {
      var text = new StringBuilder();
      for (int i = random.nextInt(longest + 1); i > 0; i--) {
        int c =
            random.nextInt(4) == 0
                ? random.nextInt(0x80)
                : random.nextInt(Character.MAX_CODE_POINT + 1);
        String one = new StringBuilder().appendCodePoint(c).toString();
        if (TextCharactersRule.problem(one).isEmpty()) {
          text.append(one);
        }
      }
      return text.toString();
    }
  }
}
