package org.imagecatalog.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The manual {@code --help} prints and each command's help, made from {@link Command}. */
final class Usage {
  private static final int WIDTH = 100;
  private static final String TITLE =
      "image-catalog: compile one catalog of external images into OpenShift ImageStreams and docs";
  private static final String EXIT_STATUS =
      """
      Exit status:
        0  success
        1  check found the output folder out of date
        2  bad input or usage; every problem is printed as FILE:LINE: error: PATH: message
        3  internal error: a bug in image-catalog; please report it with the message
      """;

  private Usage() {}

  /** The whole manual: every command, every option, examples and exit statuses. */
  static String manual() {
    var text = new StringBuilder(TITLE).append("\n\nUsage:\n");
    for (Command command : Command.values()) {
      wrap(text, "  image-catalog " + command.word() + synopsis(command), "      ");
    }
    text.append("  image-catalog --help | --version\n\nCommands:\n");
    for (Command command : Command.values()) {
      wrap(text, String.format("  %-12s%s", command.word(), command.description()), " ".repeat(14));
    }
    text.append("\nOptions:\n");
    for (Flag flag : Flag.values()) {
      String takers =
          Arrays.stream(Command.values())
              .filter(c -> c.flags().contains(flag))
              .map(Command::word)
              .collect(Collectors.joining(", "));
      option(text, flag, flag == Flag.HELP ? "" : "(" + takers + ") ");
    }
    text.append("\nExamples:\n");
    for (Command command : Command.values()) {
      command.examples().forEach(example -> text.append("  ").append(example).append('\n'));
    }
    return text.append('\n').append(EXIT_STATUS).toString();
  }

  /** One command's help: its usage line, what it does, its options, examples and statuses. */
  static String of(Command command) {
    var text = new StringBuilder();
    wrap(text, usageLine(command), "    ");
    text.append('\n');
    wrap(text, command.description(), "");
    text.append("\nOptions:\n");
    command.flags().forEach(flag -> option(text, flag, ""));
    text.append("\nExamples:\n");
    command.examples().forEach(example -> text.append("  ").append(example).append('\n'));
    text.append("\nExit status: ").append(command.exitStatus()).append("; 3 internal error.\n");
    return text.toString();
  }

  /** {@code usage: image-catalog generate [--catalog FILE] ...}, as usage errors end. */
  static String usageLine(Command command) {
    return command == null
        ? "usage: image-catalog COMMAND [OPTIONS]; commands: " + String.join(", ", Command.words())
        : "usage: image-catalog " + command.word() + synopsis(command);
  }

  private static String synopsis(Command command) {
    var parts = new ArrayList<String>();
    if (!command.arguments().name().isEmpty()) {
      parts.add(command.arguments().name());
    }
    for (Flag flag : command.flags()) {
      if (flag != Flag.HELP && flag != Flag.VERBOSE) {
        parts.add(
            flag == Flag.QUIET && command.flags().contains(Flag.VERBOSE)
                ? "[--quiet | --verbose]"
                : "[" + flag.synopsis() + "]");
      }
    }
    return parts.isEmpty() ? "" : " " + String.join(" ", parts);
  }

  private static void option(StringBuilder text, Flag flag, String scope) {
    String head = "  " + flag.listed();
    String help = scope + flag.help();
    if (head.length() < 24) {
      wrap(text, String.format("%-24s%s", head, help), " ".repeat(24));
    } else {
      text.append(head).append('\n');
      wrap(text, " ".repeat(24) + help, " ".repeat(24));
    }
  }

  /** Appends the line, broken at spaces to fit {@link #WIDTH}, continuation lines indented. */
  private static void wrap(StringBuilder text, String line, String indent) {
    String rest = line;
    while (rest.length() > WIDTH) {
      int cut = rest.lastIndexOf(' ', WIDTH);
      if (cut <= indent.length()) {
        break;
      }
      text.append(rest, 0, cut).append('\n');
      rest = indent + rest.substring(cut + 1);
    }
    text.append(rest).append('\n');
  }
}
