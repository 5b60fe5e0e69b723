package org.imagecatalog.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * No line the tool prints can command a CI runner: checked against {@link RunnerEmulation}, on
 * every code point, in every place of the command forms where a character can hide.
 */
class WorkflowCommandsTest {
  /** The forms, {@code X} standing for the code point under test. */
  private static final List<String> FORMS =
      List.of(
          "X::add-mask::secret",
          "XX::add-mask::secret",
          ":X:add-mask::secret",
          " X ::stop-commands::token",
          "X:stop-commands::token",
          "\tX\t::warning file=a::b",
          "#X#[add-mask]secret",
          "##X[add-mask]secret",
          "X##[add-mask]secret",
          "#X[add-mask]secret",
          "##Xadd-mask]secret",
          "text ##[debugX]more ##X[error]x",
          "##vsoX[task.setvariable variable=a]b",
          "##teamXcity[message text='a']",
          "##[group]a\rX::endgroup::");

  @Test
  void theEmulationFindsTheCommandsItIsMeantToFind() {
    // Without this the rest would pass on an emulation that finds nothing.
    for (String line :
        List.of(
            "::add-mask::secret",
            "  ::ERROR file=a,line=1::x",
            "before ##[add-mask]secret",
            "##vso[task.setvariable variable=a]b",
            "\u00ad::add-mask::secret",
            "##\u200b[add-mask]secret",
            "a\r::stop-commands::token")) {
      assertEquals(1, RunnerEmulation.commands(line).size(), line);
    }
  }

  @Test
  void noCodePointMakesANeutralisedLineACommand() {
    List<String> failures =
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
            .parallel()
            // a lone surrogate cannot be written as UTF-8: the console gets '?'
            .filter(c -> Character.getType(c) != Character.SURROGATE)
            .boxed()
            .flatMap(c -> failures(c).stream())
            .limit(20)
            .toList();
    assertEquals(List.of(), failures);
  }

  private static List<String> failures(int c) {
    var failures = new ArrayList<String>();
    String x = Character.toString(c);
    for (String form : FORMS) {
      String neutral = WorkflowCommands.neutralised(form.replace("X", x));
      if (!RunnerEmulation.commands(neutral).isEmpty()) {
        failures.add(String.format("U+%04X in %s -> %s", c, escaped(form), escaped(neutral)));
      }
    }
    return failures;
  }

  @Test
  void everyCharacterACollationPassesOverCountsAsInvisible() {
    var missed =
        RunnerEmulation.ignorable().stream()
            .filter(c -> !WorkflowCommands.isInvisible(c) && !Character.isWhitespace(c))
            .map(c -> String.format("U+%04X", c))
            .toList();
    assertEquals(List.of(), missed);
  }

  @Test
  void aLineWithoutAnyPartOfACommandIsLeftAsItIs() {
    for (String line :
        List.of(
            "",
            "catalog.conf:3: error: namespaces.ci: message [code]",
            "+    openshift.io/description: \"a: b\"",
            " | a | x | ## Heading [link](x) |",
            "## Tags",
            "Café — 日本語 ::",
            "a::b")) {
      assertEquals(line, WorkflowCommands.neutralised(line));
    }
  }

  @Test
  void theEscapesShowWhatWasThere() {
    assertEquals("\\u003a:add-mask::x", WorkflowCommands.neutralised("::add-mask::x"));
    assertEquals("  \\u003a:error::x", WorkflowCommands.neutralised("  ::error::x"));
    assertEquals("a ##\\u005badd-mask]x", WorkflowCommands.neutralised("a ##[add-mask]x"));
    assertEquals("##vso\\u005bx]", WorkflowCommands.neutralised("##vso[x]"));
    assertEquals("a\\u000d::x::y", WorkflowCommands.neutralised("a\r::x::y"));
    assertEquals("a\\u000a::x::y", WorkflowCommands.neutralised("a\n::x::y"));
  }

  @Test
  void escapingIsIdempotent() {
    for (String form : FORMS) {
      String once = WorkflowCommands.neutralised(form.replace("X", "\u00ad"));
      assertEquals(once, WorkflowCommands.neutralised(once));
      assertTrue(RunnerEmulation.commands(once).isEmpty(), once);
    }
  }

  private static String escaped(String text) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u{%X}", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
