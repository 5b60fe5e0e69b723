package org.imagecatalog.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagecatalog.diag.DiagnosticPrinter;

/** {@code completion bash|zsh}: completion scripts made from {@link Command} and {@link Flag}. */
final class Completion {
  static final List<String> SHELLS = List.of("bash", "zsh");

  private Completion() {}

  static Optional<String> script(String shell) {
    return switch (shell) {
      case "bash" -> Optional.of(bash());
      case "zsh" -> Optional.of(zsh());
      default -> Optional.empty();
    };
  }

  private static String bash() {
    var text = new StringBuilder();
    text.append("# bash completion for image-catalog; made by: image-catalog completion bash\n")
        .append("_image_catalog() {\n")
        .append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} opts\n")
        .append("  if [ \"$COMP_CWORD\" -eq 1 ]; then\n")
        .append("    COMPREPLY=($(compgen -W \"")
        .append(String.join(" ", Command.words()))
        .append(" --help --version\" -- \"$cur\")); return\n")
        .append("  fi\n")
        .append("  case $prev in\n");
    for (String kind : List.of("FILE", "DIR", "FORMAT", "SOURCE")) {
      String names =
          Arrays.stream(Flag.values())
              .filter(f -> kind.equals(f.argument()))
              .flatMap(
                  f ->
                      f.shortName() == null
                          ? Stream.of("--" + f.longName())
                          : Stream.of("--" + f.longName(), "-" + f.shortName()))
              .collect(Collectors.joining("|"));
      text.append("    ")
          .append(names)
          .append(") COMPREPLY=($(compgen ")
          .append(bashValues(kind))
          .append(" -- \"$cur\")); return ;;\n");
    }
    text.append("  esac\n  case ${COMP_WORDS[1]} in\n");
    for (Command command : Command.values()) {
      text.append("    ")
          .append(command.word())
          .append(") opts=\"")
          .append(
              command.flags().stream()
                  .map(f -> "--" + f.longName())
                  .collect(Collectors.joining(" ")))
          .append("\" ;;\n");
    }
    text.append("  esac\n")
        .append(
            "  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"));"
                + " return; fi\n")
        .append("  case ${COMP_WORDS[1]} in\n")
        .append("    import) COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n")
        .append("    help) COMPREPLY=($(compgen -W \"")
        .append(String.join(" ", Command.words()))
        .append("\" -- \"$cur\")) ;;\n")
        .append("    completion) COMPREPLY=($(compgen -W \"")
        .append(String.join(" ", SHELLS))
        .append("\" -- \"$cur\")) ;;\n")
        .append("  esac\n}\ncomplete -F _image_catalog image-catalog\n");
    return text.toString();
  }

  private static String bashValues(String kind) {
    return switch (kind) {
      case "FILE" -> "-f";
      case "DIR" -> "-d";
      case "SOURCE" -> "-W \"" + String.join(" ", Invocation.PREFERENCES) + "\"";
      default -> "-W \"" + formats() + "\"";
    };
  }

  private static String zsh() {
    var text = new StringBuilder();
    text.append("#compdef image-catalog\n")
        .append("# zsh completion for image-catalog; made by: image-catalog completion zsh\n")
        .append("_image_catalog() {\n  local -a commands\n  commands=(\n");
    for (Command command : Command.values()) {
      text.append("    '")
          .append(command.word())
          .append(':')
          .append(zshText(firstSentence(command.description())))
          .append("'\n");
    }
    text.append("  )\n")
        .append("  if (( CURRENT == 2 )); then _describe command commands; return; fi\n")
        .append("  case $words[2] in\n");
    for (Command command : Command.values()) {
      text.append("    ").append(command.word()).append(")\n      _arguments");
      for (Flag flag : command.flags()) {
        text.append(" \\\n        ").append(zshSpec(flag));
      }
      text.append(" \\\n        ").append(zshArguments(command)).append(" ;;\n");
    }
    text.append("  esac\n}\ncompdef _image_catalog image-catalog\n");
    return text.toString();
  }

  private static String zshSpec(Flag flag) {
    String help = "[" + zshText(flag.help()) + "]";
    String value =
        flag.argument() == null
            ? ""
            : switch (flag.argument()) {
              case "FILE" -> ":file:_files";
              case "DIR" -> ":folder:_files -/";
              case "SOURCE" -> ":source:(" + String.join(" ", Invocation.PREFERENCES) + ")";
              case "NS" -> ":namespace: ";
              default -> ":format:(" + formats() + ")";
            };
    String names =
        flag.shortName() == null
            ? "'--" + flag.longName()
            : "'(-"
                + flag.shortName()
                + " --"
                + flag.longName()
                + ")'{-"
                + flag.shortName()
                + ",--"
                + flag.longName()
                + "}'";
    return names + help + value + "'";
  }

  private static String zshArguments(Command command) {
    return switch (command) {
      case IMPORT -> "'*:path:_files'";
      case EXPLAIN -> "':target (NAMESPACE/NAME[:TAG]): '";
      case HELP -> "':command:(" + String.join(" ", Command.words()) + ")'";
      case COMPLETION -> "':shell:(" + String.join(" ", SHELLS) + ")'";
      default -> "";
    };
  }

  private static String formats() {
    return Arrays.stream(DiagnosticPrinter.Format.values())
        .map(DiagnosticPrinter.Format::label)
        .collect(Collectors.joining(" "));
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text.replaceFirst("\\.$", "") : text.substring(0, end);
  }

  /** Text inside a single-quoted zsh spec: no quotes, and no brackets or colons. */
  private static String zshText(String text) {
    return text.replace("'", "").replace("[", "(").replace("]", ")").replace(":", " -");
  }
}
