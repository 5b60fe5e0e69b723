package org.imagecatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imagecatalog.CommandLineRun;
import org.imagecatalog.diag.RunnerEmulation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request controls the catalog, the templates and the names of files, and CI runs the tool
 * on it with {@code GITHUB_ACTIONS=true}: whatever the tool prints, the only workflow commands in
 * it are the tool's own annotations. Every command-shaped text here is one a runner obeys as it is.
 */
class WorkflowCommandOutputTest {
  /** Text a runner would obey, each with "pwned" in it. */
  private static final List<String> COMMANDS =
      List.of(
          "::add-mask::pwned",
          "##[add-mask]pwned",
          "\u00ad::stop-commands::pwned",
          "##vso[task.setvariable variable=pwned]x",
          "::error title=pwned::forged");

  private static final String HOSTILE = String.join(" ", COMMANDS);

  private static final Map<String, String> CI = Map.of("GITHUB_ACTIONS", "true");

  /** The tool's annotations: a severity, its properties, the data. */
  private static final Pattern ANNOTATION =
      Pattern.compile("::(error|warning|notice) (file=[^:,]*,(line=\\d+,)?)?title=[a-z-]+::.*");

  @TempDir Path folder;

  @BeforeEach
  void catalog() throws IOException {
    Files.writeString(folder.resolve("catalog.conf"), catalog("a plain description"));
  }

  private static String catalog(String description) {
    return "namespaces.ci.a {\n"
        + "  description = \""
        + description.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"\n"
        + "  tags.latest = \"quay.io/a/a:latest\"\n"
        + "  tags.\"1.0\" = \"quay.io/a/a:1.0\"\n"
        + "}\n";
  }

  /** The command on the test's catalog and output root, then the arguments. */
  private CommandLineRun run(String command, String... args) {
    var all =
        new java.util.ArrayList<>(
            List.of(command, "--catalog", folder.resolve("catalog.conf").toString()));
    if (command.equals("generate") || command.equals("check")) {
      all.addAll(List.of("--out", folder.resolve("generated").toString()));
    }
    all.addAll(List.of(args));
    return CommandLineRun.of(folder, new Main.Surroundings(CI, false), all.toArray(String[]::new));
  }

  /** Every command the runner would read is one of the tool's annotations, none carrying ours. */
  private static void onlyAnnotations(CommandLineRun run) {
    List<String> commands = RunnerEmulation.commands(run.out() + run.err());
    for (String command : commands) {
      assertTrue(ANNOTATION.matcher(command).matches(), command);
      assertFalse(command.startsWith("::error title=pwned"), command);
    }
    assertFalse(
        RunnerEmulation.commands(run.out()).stream()
            .anyMatch(c -> !ANNOTATION.matcher(c).matches()),
        run.out());
  }

  @Test
  void checksDiffShowsHostileValuesInertly() throws IOException {
    assertEquals(0, run("generate").status());
    for (String line : COMMANDS) {
      Files.writeString(folder.resolve("catalog.conf"), catalog(line));
      CommandLineRun check = run("check");
      assertEquals(1, check.status(), check.toString());
      onlyAnnotations(check);
      assertTrue(check.out().contains("pwned"), "the value is shown, escaped: " + check.out());
    }
    // On a context line too: the diff shows the lines around a change as they are.
    Files.writeString(folder.resolve("catalog.conf"), catalog(" ::add-mask::pwned"));
    assertEquals(0, run("generate").status());
    Files.writeString(
        folder.resolve("catalog.conf"),
        catalog(" ::add-mask::pwned")
            .replace("1.0\" = \"quay.io/a/a:1.0", "1.1\" = \"quay.io/a/a:1.1"));
    onlyAnnotations(run("check"));
  }

  @Test
  void explainPrintsHostileValuesInertly() throws IOException {
    Files.writeString(
        folder.resolve("catalog.conf"),
        catalog(HOSTILE)
            .replace(
                "tags.latest = \"quay.io/a/a:latest\"",
                "tags.latest { from = \"quay.io/a/a:latest\", annotations.\"a.io/x\" = \""
                    + HOSTILE
                    + "\" }"));
    CommandLineRun explain =
        CommandLineRun.of(
            folder,
            new Main.Surroundings(CI, false),
            "explain",
            "ci/a:latest",
            "--catalog",
            folder.resolve("catalog.conf").toString());
    assertEquals(0, explain.status(), explain.toString());
    assertTrue(explain.out().contains("pwned"), explain.out());
    onlyAnnotations(explain);
  }

  @Test
  void fileNamesInDiagnosticsAndNotesAreInert() throws IOException {
    Files.writeString(
        folder.resolve("catalog.conf"), "namespaces.ci { include \"::add-mask::pwned.conf\" }\n");
    for (String format : List.of("github", "text", "json")) {
      CommandLineRun validate = run("validate", "--format", format);
      assertEquals(2, validate.status(), validate.toString());
      onlyAnnotations(validate);
    }
    Files.writeString(folder.resolve("catalog.conf"), catalog("plain"));
    assertEquals(0, run("generate").status());
    Files.writeString(folder.resolve("generated/docs/##[add-mask]pwned.md"), "mine\n");
    Files.writeString(folder.resolve("generated/docs/::add-mask::pwned.md"), "mine\n");
    Files.writeString(folder.resolve("catalog.conf"), catalog("changed"));
    CommandLineRun generate = run("generate", "--verbose");
    assertEquals(0, generate.status(), generate.toString());
    assertTrue(generate.err().contains("left alone"), generate.err());
    onlyAnnotations(generate);
  }

  @Test
  void warningsAreAnnotationsStill() throws IOException {
    Files.writeString(folder.resolve("catalog.conf"), catalog(HOSTILE));
    CommandLineRun validate = run("validate");
    assertEquals(0, validate.status(), validate.toString());
    List<String> commands = RunnerEmulation.commands(validate.err());
    assertEquals(1, commands.size(), validate.err()); // latest: mutable-tag
    assertTrue(
        commands.get(0).startsWith("::warning file=catalog.conf,line=3,title=mutable-tag::"));
  }

  /**
   * A catalog import prints to standard output is shown inert too, and stays the same catalog: a
   * bracket escaped in a quoted HOCON string is the same bracket.
   */
  @Test
  void anImportedCatalogOnStandardOutputIsInertAndMeansTheSame() throws IOException {
    Path manifests = Files.createDirectories(folder.resolve("##[add-mask]pwned"));
    Files.writeString(
        manifests.resolve("::add-mask::pwned.yaml"),
        "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata:\n  name: a\n"
            + "  namespace: ci\n  annotations:\n    openshift.io/description: \""
            + HOSTILE.replace("\u00ad", "\\u00ad")
            + "\"\n"
            + "spec:\n"
            + "  tags:\n"
            + "  - name: x\n"
            + "    from: {kind: DockerImage, name: quay.io/a/a:1}\n");
    CommandLineRun imported =
        CommandLineRun.of(folder, new Main.Surroundings(CI, false), "import", manifests.toString());
    assertEquals(0, imported.status(), imported.toString());
    onlyAnnotations(imported);
    Config catalog = ConfigFactory.parseString(imported.out());
    assertEquals(HOSTILE, catalog.getString("namespaces.ci.a.description"));
  }
}
