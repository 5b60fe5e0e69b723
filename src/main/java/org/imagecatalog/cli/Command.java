package org.imagecatalog.cli;

import static org.imagecatalog.cli.Flag.CATALOG;
import static org.imagecatalog.cli.Flag.EXCLUDE;
import static org.imagecatalog.cli.Flag.FORMAT;
import static org.imagecatalog.cli.Flag.NAME_ONLY;
import static org.imagecatalog.cli.Flag.NO_SOURCE_COMMENTS;
import static org.imagecatalog.cli.Flag.OUT;
import static org.imagecatalog.cli.Flag.OUTPUT;
import static org.imagecatalog.cli.Flag.QUIET;
import static org.imagecatalog.cli.Flag.STRICT;
import static org.imagecatalog.cli.Flag.TEMPLATES;
import static org.imagecatalog.cli.Flag.TIMINGS;
import static org.imagecatalog.cli.Flag.VERBOSE;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every command: its arguments, the flags it takes and its help. The parser, the manual, each
 * command's help and the shell completions are made from this table.
 */
@SuppressWarnings("ImmutableEnumChecker") // the lists are List.of and the record final: unchanging
enum Command {
  GENERATE(
      "generate",
      Arguments.NONE,
      List.of(CATALOG, TEMPLATES, OUT, STRICT, TIMINGS, FORMAT, QUIET, VERBOSE, Flag.HELP),
      "Render every output in memory, verify it, then write only the files whose bytes changed"
          + " and remove generated files that are no longer produced. Files without the"
          + " generated marker are left alone. On any error nothing is written.",
      List.of(
          "image-catalog generate",
          "image-catalog generate --catalog ci/catalog.conf --out ci/generated"),
      "0 written or already up to date; 2 bad input or usage"),
  CHECK(
      "check",
      Arguments.NONE,
      List.of(
          CATALOG, TEMPLATES, OUT, STRICT, NAME_ONLY, TIMINGS, FORMAT, QUIET, VERBOSE, Flag.HELP),
      "Render as generate does but write nothing. Prints a diff of every stale file and the"
          + " missing and extra files, then a last line that says whether the output folder is"
          + " up to date.",
      List.of("image-catalog check", "image-catalog check --name-only"),
      "0 up to date; 1 the output folder is out of date (run make generate); 2 bad input or"
          + " usage"),
  VALIDATE(
      "validate",
      Arguments.NONE,
      List.of(CATALOG, TEMPLATES, STRICT, FORMAT, QUIET, Flag.HELP),
      "Check the catalog, and render and verify every output in memory, so that what validate"
          + " passes generate can write; print a one-line summary of what the catalog holds.",
      List.of("image-catalog validate", "image-catalog validate --strict --format github"),
      "0 valid; 2 bad input or usage"),
  EXPLAIN(
      "explain",
      new Arguments("NAMESPACE/NAME[:TAG]", 1, 1),
      List.of(CATALOG, FORMAT, Flag.HELP),
      "Print the effective settings of an image stream or a tag and where each came from.",
      List.of("image-catalog explain ci/boskos", "image-catalog explain ci/boskos:latest"),
      "0 shown; 2 no such stream or tag, bad input or usage"),
  IMPORT(
      "import",
      new Arguments("PATH...", 1, Integer.MAX_VALUE),
      List.of(
          OUTPUT,
          Flag.FORCE,
          EXCLUDE,
          Flag.NAMESPACE,
          Flag.PREFER,
          Flag.ACKNOWLEDGE,
          Flag.REMOVE_IMPORTED,
          CATALOG,
          NO_SOURCE_COMMENTS,
          STRICT,
          FORMAT,
          QUIET,
          VERBOSE,
          Flag.HELP),
      "Turn ImageStream files and folders and a supplementalCIImages mapping file into a"
          + " catalog, validated before it is written, whose outputs put each back where it was"
          + " read. Never overwrites a catalog.",
      List.of(
          "image-catalog import images/ mirroring/_config.yaml --output catalog.conf --prefer"
              + " mapping",
          "image-catalog import images/ --remove-imported"),
      "0 imported; 2 bad input or usage"),
  ACKNOWLEDGE(
      "acknowledge",
      Arguments.NONE,
      List.of(CATALOG, FORMAT, QUIET, Flag.HELP),
      "Write acknowledge = [...] onto every tag that has a warning a tag may acknowledge today, in"
          + " the catalog's own text (and the files it includes), keeping every other byte: its"
          + " comments, its order, your edits. Only new entries warn after it.",
      List.of("image-catalog acknowledge", "image-catalog acknowledge --catalog ci/catalog.conf"),
      "0 acknowledged, or nothing to acknowledge; 2 bad input or usage"),
  HELP(
      "help",
      new Arguments("[COMMAND]", 0, 1),
      List.of(Flag.HELP),
      "Print the manual, or one command's help.",
      List.of("image-catalog help", "image-catalog help generate"),
      "0; 2 no such command"),
  COMPLETION(
      "completion",
      new Arguments("bash|zsh", 1, 1),
      List.of(Flag.HELP),
      "Print a completion script for bash or zsh. Load it with"
          + " source <(image-catalog completion bash), or in ~/.zshrc with"
          + " source <(image-catalog completion zsh).",
      List.of("image-catalog completion bash > /etc/bash_completion.d/image-catalog"),
      "0; 2 no such shell");

  /** The positional arguments a command takes: a name for help, and how many. */
  record Arguments(String name, int min, int max) {
    static final Arguments NONE = new Arguments("", 0, 0);
  }

  private final String word;
  private final Arguments arguments;
  private final List<Flag> flags;
  private final String description;
  private final List<String> examples;
  private final String exitStatus;

  Command(
      String word,
      Arguments arguments,
      List<Flag> flags,
      String description,
      List<String> examples,
      String exitStatus) {
    this.word = word;
    this.arguments = arguments;
    this.flags = flags;
    this.description = description;
    this.examples = examples;
    this.exitStatus = exitStatus;
  }

  String word() {
    return word;
  }

  Arguments arguments() {
    return arguments;
  }

  List<Flag> flags() {
    return flags;
  }

  String description() {
    return description;
  }

  List<String> examples() {
    return examples;
  }

  String exitStatus() {
    return exitStatus;
  }

  static List<String> words() {
    return Arrays.stream(values()).map(Command::word).toList();
  }

  static Optional<Command> named(String word) {
    return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
  }
}
