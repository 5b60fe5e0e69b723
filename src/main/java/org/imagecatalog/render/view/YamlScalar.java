package org.imagecatalog.render.view;

import java.util.Locale;
import java.util.Set;

/**
 * Writes a string as a YAML scalar that reads back as exactly that string. Plain when that is
 * unambiguous under both YAML 1.1 and 1.2, double-quoted otherwise. The plain form is kept for
 * readability of the common cases: names, pull specs, sentences.
 */
public final class YamlScalar {
  /** Plain words that YAML 1.1 or 1.2 reads as a boolean or null, in any case. */
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

  private static final int LONGEST_RESERVED = longest(RESERVED);

  /**
   * Letters, digits and the punctuation that never starts or changes a plain scalar's meaning:
   * {@code [A-Za-z_/][A-Za-z0-9 _./@+:,()=-]*}.
   */
  private static final AsciiSet FIRST = AsciiSet.of(AsciiSet.LETTERS + "_/");

  private static final AsciiSet REST =
      AsciiSet.of(AsciiSet.LETTERS + AsciiSet.DIGITS + " _./@+:,()=-");

  private YamlScalar() {}

  public static String of(String value) {
    return isPlainSafe(value) ? value : quoted(value);
  }

  private static boolean isPlainSafe(String value) {
    return matchesPlain(value)
        && !isReserved(value)
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.endsWith(":")
        && !value.endsWith(" ");
  }

  private static boolean isReserved(String value) {
    return value.length() <= LONGEST_RESERVED && RESERVED.contains(value.toLowerCase(Locale.ROOT));
  }

  private static int longest(Set<String> words) {
    int longest = 0;
    for (String word : words) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }

  /** the pattern above, by hand: this runs for every value of every manifest. */
  private static boolean matchesPlain(String value) {
    if (value.isEmpty()) {
      return false;
    }
    if (!FIRST.contains(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      if (!REST.contains(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String quoted(String value) {
    var out = new StringBuilder(value.length() + 2).append('"');
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                  if (c < 0x20
                      || c == 0x7f
                      || c == 0x85
                      || c == 0x2028
                      || c == 0x2029
                      || c == 0xfeff) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.append('"').toString();
  }
}
