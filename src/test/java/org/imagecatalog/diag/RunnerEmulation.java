package org.imagecatalog.diag;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a CI runner reads as a command in a log, emulated after the GitHub Actions runner's parser
 * (actions/runner, {@code src/Runner.Common/ActionCommand.cs}: {@code TryParseV2} for {@code ::name
 * props::data}, {@code TryParse} for {@code ##[name props]data}), with Azure Pipelines' {@code
 * ##vso[} and TeamCity's {@code ##teamcity[} beside it.
 *
 * <p>The runner splits its input at CR, LF and CRLF, trims leading white space as .NET does, and
 * finds the prefixes with .NET's culture-aware {@code StartsWith} and {@code IndexOf} (ICU
 * collation). The emulation reads each line twice: as it is, and as a collation sees it, where
 * every character that Java's root collator takes as nothing is dropped and every character it
 * takes as equal to {@code :}, {@code #} or {@code [} is that character: at tertiary strength, as
 * .NET compares with {@code CompareOptions.None}, but with compatibility decomposition, so that a
 * fullwidth colon is a colon. Unicode's default-ignorable code points and the controls are dropped
 * too: ICU's table weighs them as nothing, Java's weighs some. That is more than the runner
 * matches: a command name with an ignorable character inside is one here, not there. An emulation
 * that finds too many commands only makes the tests stricter.
 */
public final class RunnerEmulation {
  /** The runner's commands, which it compares without regard to case. */
  private static final Set<String> COMMANDS =
      Set.of(
          "add-mask",
          "add-matcher",
          "add-path",
          "debug",
          "echo",
          "endgroup",
          "error",
          "group",
          "internal-set-repo-path",
          "notice",
          "remove-matcher",
          "save-state",
          "set-env",
          "set-output",
          "stop-commands",
          "warning");

  private static final int IGNORED = -1;

  /** For each code point: what a collation reads it as; {@link #IGNORED} for nothing. */
  private static final int[] COLLATED = collated();

  private RunnerEmulation() {}

  private static int[] collated() {
    Collator collator = Collator.getInstance(Locale.ROOT);
    collator.setStrength(Collator.TERTIARY);
    collator.setDecomposition(Collator.FULL_DECOMPOSITION);
    var table = new int[Character.MAX_CODE_POINT + 1];
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String text = Character.toString(c);
      if (isDefaultIgnorable(c) || Character.getType(c) == Character.CONTROL) {
        table[c] = IGNORED;
      } else if (!Character.isDefined(c) || Character.getType(c) == Character.PRIVATE_USE) {
        // The collation algorithm weighs these by their code point, each unlike any other; Java's
        // collator takes some of plane 4, 8, 12 and 16 for their BMP namesakes (U+40023 for #).
        table[c] = c;
      } else if (collator.compare(text, "") == 0) {
        table[c] = IGNORED;
      } else if (collator.compare(text, ":") == 0) {
        table[c] = ':';
      } else if (collator.compare(text, "#") == 0) {
        table[c] = '#';
      } else if (collator.compare(text, "[") == 0) {
        table[c] = '[';
      } else {
        table[c] = c;
      }
    }
    return table;
  }

  /**
   * Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15.1), which the
   * Unicode Collation Algorithm's table, and so ICU's, weighs as nothing; Java's collator weighs
   * some of them.
   */
  private static boolean isDefaultIgnorable(int c) {
    int[][] ranges = {
      {0x00ad, 0x00ad}, {0x034f, 0x034f}, {0x061c, 0x061c}, {0x115f, 0x1160}, {0x17b4, 0x17b5},
      {0x180b, 0x180f}, {0x200b, 0x200f}, {0x202a, 0x202e}, {0x2060, 0x206f}, {0x3164, 0x3164},
      {0xfe00, 0xfe0f}, {0xfeff, 0xfeff}, {0xffa0, 0xffa0}, {0xfff0, 0xfff8}, {0x1bca0, 0x1bca3},
      {0x1d173, 0x1d17a}, {0xe0000, 0xe0fff}
    };
    for (int[] range : ranges) {
      if (c >= range[0] && c <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code points a collation passes over: Unicode's default-ignorables, controls, and what
   * Java's root collator weighs as nothing.
   */
  static List<Integer> ignorable() {
    var found = new ArrayList<Integer>();
    for (int c = 0; c < COLLATED.length; c++) {
      if (COLLATED[c] == IGNORED) {
        found.add(c);
      }
    }
    return found;
  }

  /** The code points a collation reads as {@code target}, other than itself. */
  static List<Integer> readAs(char target) {
    var found = new ArrayList<Integer>();
    for (int c = 0; c < COLLATED.length; c++) {
      if (c != target && COLLATED[c] == target) {
        found.add(c);
      }
    }
    return found;
  }

  /** The lines of output the runner would take as commands. */
  public static List<String> commands(String output) {
    var found = new ArrayList<String>();
    int start = 0;
    for (int i = 0; i <= output.length(); i++) {
      if (i == output.length() || output.charAt(i) == '\r' || output.charAt(i) == '\n') {
        String line = output.substring(start, i);
        if (isCommand(line) || isCommand(collate(line))) {
          found.add(line);
        }
        if (i + 1 < output.length() && output.charAt(i) == '\r' && output.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return found;
  }

  static boolean isCommand(String line) {
    return isV2(line)
        || isV1(line, "##[", true)
        || isV1(line, "##vso[", false)
        || isV1(line, "##teamcity[", false);
  }

  private static String collate(String line) {
    var out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      if (COLLATED[c] != IGNORED) {
        out.appendCodePoint(COLLATED[c]);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** {@code TryParseV2}: after leading white space, {@code ::name props::data}. */
  private static boolean isV2(String line) {
    int start = 0;
    while (start < line.length() && isDotNetWhiteSpace(line.charAt(start))) {
      start++;
    }
    String message = line.substring(start);
    if (!message.startsWith("::")) {
      return false;
    }
    int end = message.indexOf("::", 2);
    return end >= 0 && isCommandName(message.substring(2, end));
  }

  /** {@code TryParse}: {@code PREFIXname props]data} anywhere in the line. */
  private static boolean isV1(String line, String prefix, boolean named) {
    int at = line.indexOf(prefix);
    if (at < 0) {
      return false;
    }
    int bracket = line.indexOf(']', at);
    return bracket >= 0 && (!named || isCommandName(line.substring(at + prefix.length(), bracket)));
  }

  private static boolean isCommandName(String info) {
    int space = info.indexOf(' ');
    String name = space < 0 ? info : info.substring(0, space);
    return COMMANDS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** .NET's {@code Char.IsWhiteSpace}: the Unicode separators and the ASCII and Latin-1 blanks. */
  private static boolean isDotNetWhiteSpace(char c) {
    return Character.isSpaceChar(c) || (c >= 0x09 && c <= 0x0d) || c == 0x85;
  }
}
