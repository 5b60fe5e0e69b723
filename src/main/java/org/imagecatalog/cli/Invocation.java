package org.imagecatalog.cli;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.PrintableText;
import org.imagecatalog.diag.Suggestions;
import org.imagecatalog.importer.ImportRequest;

/**
 * One parsed command line. Everything a command does not use is refused, as git and terraform do:
 * an unknown command or option (with the nearest one), an option another command takes, an option
 * given twice, a missing value, extra arguments.
 *
 * @param helpRequested {@code --help} was given: the command's help is all that is wanted
 * @param templates the template folder: as given, else {@code templates/} beside the catalog, else
 *     the release's own
 * @param releaseTemplates the templates are the release's, since the catalog has none beside it
 * @param output where {@code import} writes the catalog; null for standard output
 * @param namespace the namespace {@code import} gives documents that name none; empty for none
 * @param prefer which source {@code import} keeps where its two kinds of input disagree
 */
record Invocation(
    Command command,
    boolean helpRequested,
    Set<Flag> given,
    Path catalog,
    Path templates,
    boolean releaseTemplates,
    Path out,
    Path output,
    DiagnosticPrinter.Format format,
    PathMatcher exclude,
    Optional<String> namespace,
    ImportRequest.Prefer prefer,
    List<String> arguments) {
  /** The values of {@code --prefer}. */
  static final List<String> PREFERENCES = List.of("mapping", "imagestreams");

  /** A command line that asks for nothing but help. */
  static Invocation help(Command command) {
    return new Invocation(
        command,
        true,
        EnumSet.noneOf(Flag.class),
        null,
        null,
        false,
        null,
        null,
        DiagnosticPrinter.Format.TEXT,
        path -> false,
        Optional.empty(),
        ImportRequest.Prefer.NEITHER,
        List.of());
  }

  boolean has(Flag flag) {
    return given.contains(flag);
  }

  boolean strict() {
    return has(Flag.STRICT);
  }

  boolean quiet() {
    return has(Flag.QUIET);
  }

  /**
   * Parses a whole command line. {@code --help} anywhere after a command asks for that command's
   * help, whatever else is wrong with the line.
   *
   * @param surroundings whether the diagnostics format defaults to GitHub's annotations, and the
   *     release's templates
   */
  static Invocation parse(String[] args, Main.Surroundings surroundings) throws UsageException {
    if (args.length == 0) {
      throw new UsageException("no command given", null);
    }
    Command command = command(args[0]);
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (List.of(rest).contains("--help") || List.of(rest).contains("-h")) {
      return help(command);
    }
    CommandLine line = parseOptions(command, rest);
    Set<Flag> given = flagsOnce(command, line);
    List<String> arguments = line.getArgList();
    checkArguments(command, arguments);
    if (given.contains(Flag.QUIET) && given.contains(Flag.VERBOSE)) {
      throw new UsageException("--quiet and --verbose contradict each other", command);
    }
    if (given.contains(Flag.REMOVE_IMPORTED)) {
      for (Flag writing : List.of(Flag.OUTPUT, Flag.FORCE, Flag.ACKNOWLEDGE)) {
        if (given.contains(writing)) {
          throw new UsageException(
              "--remove-imported writes no catalog, so it takes no --" + writing.longName(),
              command);
        }
      }
    } else if (command == Command.IMPORT && given.contains(Flag.CATALOG)) {
      throw new UsageException(
          "--catalog names the catalog --remove-imported reads; import writes to --output",
          command);
    }
    if (given.contains(Flag.FORCE) && !given.contains(Flag.OUTPUT)) {
      throw new UsageException("--force replaces the catalog at --output FILE: give it", command);
    }
    Path catalog = path(line, Flag.CATALOG, "catalog.conf", command);
    Path beside = Optional.ofNullable(catalog.getParent()).orElse(Path.of("")).resolve("templates");
    boolean release =
        !line.hasOption(Flag.TEMPLATES.longName())
            && !Files.isDirectory(beside)
            && surroundings.releaseTemplates().isPresent();
    return new Invocation(
        command,
        false,
        given,
        catalog,
        release
            ? surroundings.releaseTemplates().get()
            : path(line, Flag.TEMPLATES, beside.toString(), command),
        release,
        path(line, Flag.OUT, "generated", command),
        line.hasOption(Flag.OUTPUT.longName()) ? path(line, Flag.OUTPUT, "", command) : null,
        format(line.getOptionValue(Flag.FORMAT.longName()), surroundings.githubActions(), command),
        exclude(line.getOptionValue(Flag.EXCLUDE.longName()), command),
        Optional.ofNullable(line.getOptionValue(Flag.NAMESPACE.longName())),
        prefer(line.getOptionValue(Flag.PREFER.longName()), command),
        arguments);
  }

  /**
   * A path option's value, or its default. An empty value, such as an unset variable in a Makefile,
   * is refused: it would name the current folder.
   */
  private static Path path(CommandLine line, Flag flag, String fallback, Command command)
      throws UsageException {
    String value = line.getOptionValue(flag.longName(), fallback);
    if (value.isEmpty()) {
      throw new UsageException(
          "--" + flag.longName() + " is empty; give " + flag.argument() + " (an unset variable?)",
          command);
    }
    try {
      return Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UsageException(
          "--" + flag.longName() + " is not a path this system takes: " + e.getReason(), command);
    }
  }

  private static Command command(String word) throws UsageException {
    Optional<Command> command = Command.named(word);
    if (command.isPresent()) {
      return command.get();
    }
    if (word.startsWith("-")) {
      throw new UsageException("unknown option " + word + " before the command", null);
    }
    throw new UsageException(
        "unknown command \"" + word + "\"" + Suggestions.hint(word, Command.words()), null);
  }

  private static CommandLine parseOptions(Command command, String[] rest) throws UsageException {
    var options = new Options();
    command.flags().forEach(flag -> options.addOption(flag.option()));
    try {
      return DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, rest);
    } catch (UnrecognizedOptionException e) {
      throw new UsageException(unknownOption(command, e.getOption()), command);
    } catch (MissingArgumentException e) {
      Flag flag = Flag.of(e.getOption());
      throw new UsageException(
          "option --" + flag.longName() + " needs a value (" + flag.argument() + ")", command);
    } catch (ParseException e) {
      throw new UsageException(e.getMessage(), command);
    }
  }

  /** The option as typed ({@code --catlog=x} is {@code --catlog}), and what was meant. */
  private static String unknownOption(Command command, String typed) {
    String name = typed.replaceFirst("^--?", "").replaceFirst("=.*", "");
    Optional<Flag> elsewhere =
        Arrays.stream(Flag.values()).filter(f -> f.longName().equals(name)).findFirst();
    if (elsewhere.isPresent()) {
      List<String> takers =
          Arrays.stream(Command.values())
              .filter(c -> c.flags().contains(elsewhere.get()))
              .map(Command::word)
              .toList();
      return command.word()
          + " does not take --"
          + name
          + " ("
          + String.join(", ", takers)
          + (takers.size() == 1 ? " does)" : " do)");
    }
    List<String> names = command.flags().stream().map(Flag::longName).toList();
    String shown = typed.replaceFirst("=.*", "");
    Optional<String> meant =
        names.stream()
            .filter(n -> !name.isEmpty() && n.startsWith(name))
            .findFirst()
            .or(() -> Suggestions.closest(name, names));
    return "unknown option "
        + shown
        + " for "
        + command.word()
        + meant.map(n -> "; did you mean --" + n + "?").orElse("");
  }

  private static Set<Flag> flagsOnce(Command command, CommandLine line) throws UsageException {
    var given = EnumSet.noneOf(Flag.class);
    for (Option option : line.getOptions()) {
      Flag flag = Flag.of(option);
      if (!given.add(flag)) {
        throw new UsageException("option --" + flag.longName() + " is given twice", command);
      }
    }
    return given;
  }

  private static void checkArguments(Command command, List<String> arguments)
      throws UsageException {
    Command.Arguments expected = command.arguments();
    if (arguments.size() > expected.max()) {
      List<String> extra = arguments.subList(expected.max(), arguments.size());
      String hint =
          command.flags().contains(Flag.CATALOG)
                  && extra.size() == 1
                  && extra.get(0).endsWith(".conf")
              ? " (to use another catalog, write --catalog " + extra.get(0) + ")"
              : "";
      throw new UsageException(
          command.word()
              + (expected.max() == 0
                  ? " takes no arguments"
                  : " takes " + expected.max() + (expected.max() == 1 ? " argument" : " arguments"))
              + "; extra: "
              + String.join(" ", extra)
              + hint,
          command);
    }
    if (arguments.size() < expected.min()) {
      throw new UsageException(command.word() + " needs " + expected.name(), command);
    }
  }

  private static PathMatcher exclude(String glob, Command command) throws UsageException {
    if (glob == null) {
      return path -> false;
    }
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      throw new UsageException(
          "--exclude " + glob + " is not a glob: " + e.getDescription(), command);
    }
  }

  private static ImportRequest.Prefer prefer(String text, Command command) throws UsageException {
    if (text == null) {
      return ImportRequest.Prefer.NEITHER;
    }
    return switch (text) {
      case "mapping" -> ImportRequest.Prefer.MAPPING;
      case "imagestreams" -> ImportRequest.Prefer.IMAGESTREAMS;
      default ->
          throw new UsageException(
              "--prefer "
                  + PrintableText.of(text)
                  + " is neither of "
                  + String.join(", ", PREFERENCES)
                  + Suggestions.hint(text, PREFERENCES),
              command);
    };
  }

  private static DiagnosticPrinter.Format format(
      String text, boolean githubActions, Command command) throws UsageException {
    if (text == null) {
      return githubActions ? DiagnosticPrinter.Format.GITHUB : DiagnosticPrinter.Format.TEXT;
    }
    var names = new ArrayList<String>();
    for (DiagnosticPrinter.Format format : DiagnosticPrinter.Format.values()) {
      if (format.label().equals(text)) {
        return format;
      }
      names.add(format.label());
    }
    throw new UsageException(
        "unknown format \"" + text + "\"; expected " + String.join(", ", names), command);
  }
}
