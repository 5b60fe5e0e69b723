package org.imagecatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.approvaltests.Approvals;
import org.imagecatalog.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line's manners: usage errors say what is wrong and what was meant, with exit 2 and
 * one usage line; help is per command; completions come from the same definitions.
 */
class UsageTest {
  @TempDir Path folder;

  CommandLineRun run(String... args) {
    return CommandLineRun.of(folder, args);
  }

  CommandLineRun run(Main.Surroundings surroundings, String... args) {
    return CommandLineRun.of(folder, surroundings, args);
  }

  /** A usage error: status 2, nothing on standard output, the message, then one usage line. */
  static void assertUsageError(CommandLineRun run, String message, String usageOf) {
    assertEquals(2, run.status(), run.toString());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(2, lines.size(), run.err());
    assertEquals("image-catalog: " + message, lines.get(0));
    assertTrue(lines.get(1).startsWith("usage: image-catalog " + usageOf), () -> lines.get(1));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          generat | unknown command "generat"; did you mean "generate"? | COMMAND
          '' | unknown command "" | COMMAND
          --catalog x generate | unknown option --catalog before the command | COMMAND
          generate --catlog x|unknown option --catlog for generate; did you mean --catalog?|generate
          generate --catlog=x|unknown option --catlog for generate; did you mean --catalog?|generate
          generate --cat x | unknown option --cat for generate; did you mean --catalog? | generate
          generate --catalog | option --catalog needs a value (FILE) | generate
          generate -c | option --catalog needs a value (FILE) | generate
          validate --out x | validate does not take --out (generate, check do) | validate
          validate --name-only | validate does not take --name-only (check does) | validate
          generate extra | generate takes no arguments; extra: extra | generate
          generate --out a --out b | option --out is given twice | generate
          generate -o a --out b | option --out is given twice | generate
          check --strict --strict | option --strict is given twice | check
          generate --quiet --verbose | --quiet and --verbose contradict each other | generate
          explain | explain needs NAMESPACE/NAME[:TAG] | explain
          explain a/b c/d | explain takes 1 argument; extra: c/d | explain
          import | import needs PATH... | import
          import x --force | --force replaces the catalog at --output FILE: give it | import
          import x --prefer maping | --prefer maping is neither of mapping, imagestreams; did you mean "mapping"? | import
          import x --remove-imported --output c.conf | --remove-imported writes no catalog, so it takes no --output | import
          import x --catalog c.conf | --catalog names the catalog --remove-imported reads; import writes to --output | import
          generate --out= | --out is empty; give DIR (an unset variable?) | generate
          import x --output= | --output is empty; give FILE (an unset variable?) | import
          check --format xml | unknown format "xml"; expected text, github, json | check
          completion fish | no completion for "fish"; shells: bash, zsh | completion
          help generat | unknown command "generat"; did you mean "generate"? | COMMAND
          """)
  void usageErrorsSayWhatIsWrong(String line, String message, String usageOf) {
    String[] args = line.isEmpty() ? new String[] {""} : line.split(" ");
    assertUsageError(run(args), message.strip(), usageOf.strip());
  }

  @Test
  void anArgumentWhereAnOptionBelongsSaysWhichOption() {
    assertUsageError(
        run("validate", "../other/catalog.conf"),
        "validate takes no arguments; extra: ../other/catalog.conf (to use another catalog, write"
            + " --catalog ../other/catalog.conf)",
        "validate");
  }

  @Test
  void noCommandIsAUsageError() {
    assertUsageError(run(), "no command given", "COMMAND");
  }

  @Test
  void eachCommandHasShortHelpOfItsOwn() {
    for (Command command : Command.values()) {
      CommandLineRun flag = run(command.word(), "--help");
      CommandLineRun word = run("help", command.word());
      assertEquals(0, flag.status());
      assertEquals(flag, word, command.word());
      assertTrue(flag.out().startsWith("usage: image-catalog " + command.word()), flag.out());
      assertTrue(flag.out().lines().count() < 30, "short: " + flag.out());
      for (Flag option : command.flags()) {
        assertTrue(flag.out().contains("--" + option.longName()), option + " in " + command);
      }
    }
    Approvals.verify(run("generate", "--help").out());
  }

  @Test
  void helpWinsOverWhateverElseIsWrong() {
    assertEquals(run("check", "--help"), run("check", "--bogus", "extra", "-h"));
  }

  @Test
  void theManualListsEveryCommandAndOption() {
    CommandLineRun manual = run("--help");
    assertEquals(0, manual.status());
    assertEquals(manual, run("help"));
    for (Command command : Command.values()) {
      assertTrue(manual.out().contains("image-catalog " + command.word()), command.word());
    }
    for (Flag flag : Flag.values()) {
      assertTrue(manual.out().contains("--" + flag.longName()), flag.longName());
    }
    manual.out().lines().forEach(l -> assertTrue(l.length() <= 100, "too wide: " + l));
  }

  @Test
  void completionScriptsOfferEveryCommandAndItsOptions() throws Exception {
    CommandLineRun bash = run("completion", "bash");
    CommandLineRun zsh = run("completion", "zsh");
    assertEquals(0, bash.status());
    assertEquals(0, zsh.status());
    for (Command command : Command.values()) {
      assertTrue(zsh.out().contains("'" + command.word() + ":"), command.word());
      for (Flag flag : command.flags()) {
        assertTrue(bash.out().contains("--" + flag.longName()), flag + " in bash");
        assertTrue(zsh.out().contains("--" + flag.longName()), flag + " in zsh");
      }
    }
    assertEquals(
        List.of(
            "--catalog",
            "--templates",
            "--out",
            "--strict",
            "--timings",
            "--format",
            "--quiet",
            "--verbose",
            "--help"),
        complete(bash.out(), "image-catalog generate --"));
    assertEquals(List.of("generate"), complete(bash.out(), "image-catalog gen"));
    assertEquals(List.of("github"), complete(bash.out(), "image-catalog check --format gi"));
  }

  /** What bash completes for the line, by running the generated script in a real bash. */
  private List<String> complete(String script, String line) throws Exception {
    Path file = folder.resolve("completion.bash");
    Files.writeString(file, script);
    String[] words = line.split(" ", -1);
    String array =
        String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
    String test =
        "source "
            + file
            + "; COMP_WORDS=("
            + array
            + "); COMP_CWORD="
            + (words.length - 1)
            + "; _image_catalog; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process bash = new ProcessBuilder("bash", "-c", test).redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bash.waitFor(10, TimeUnit.SECONDS));
    return out.lines().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void diagnosticsFormatsCarryTheSameContent() throws IOException {
    Path catalog = folder.resolve("catalog.conf");
    Files.writeString(
        catalog,
        """
        namespaces {
          Bad_NS { s { tags.latest = "quay.io/a/b:1" } }
          ok {
            a { tags.latest = "quay.io/a/b:1" }
            b { tags.latest = "quay.io/a/b:1", tags."x y" = "quay.io//b" }
          }
        }
        """);
    CommandLineRun text = run("validate", "-c", catalog.toString());
    CommandLineRun github = run("validate", "-c", catalog.toString(), "--format", "github");
    CommandLineRun json = run("validate", "-c", catalog.toString(), "--format=json");
    CommandLineRun fromEnvironment =
        run(
            new Main.Surroundings(Map.of("GITHUB_ACTIONS", "true"), false),
            "validate",
            "-c",
            catalog.toString());
    assertEquals(github, fromEnvironment, "GitHub Actions is detected from the environment");
    assertEquals(2, text.status());
    List<String> fromText = DiagnosticLines.fromText(text.err());
    assertTrue(fromText.size() >= 4, text.err());
    assertEquals(fromText, DiagnosticLines.fromGithub(github.err()));
    assertEquals(fromText, DiagnosticLines.fromJson(json.err()));
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() throws IOException {
    Path catalog = folder.resolve("catalog.conf");
    Files.writeString(catalog, "namespaces { Bad { s { tags.t = \"quay.io/a/b:1\" } } }\n");
    String[] args = {"validate", "-c", catalog.toString()};
    String red = "\u001b[1;31merror\u001b[0m";
    assertTrue(run(new Main.Surroundings(Map.of(), true), args).err().contains(red));
    assertTrue(run(args).err().contains(": error: "), "not a terminal: plain");
    CommandLineRun noColor = run(new Main.Surroundings(Map.of("NO_COLOR", "1"), true), args);
    assertTrue(noColor.err().contains(": error: ") && !noColor.err().contains("\u001b"));
  }
}
