package org.imagecatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.imagecatalog.diag.PrintableText;
import org.imagecatalog.render.view.YamlScalar;
import org.imagecatalog.validate.rules.TextCharactersRule;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Every code point, U+0000 to U+10FFFF, and every lone surrogate: either {@code validate} refuses
 * it in a catalog's text, or it reads back exactly from the YAML a cluster applies and from the
 * Markdown a person reads; and none reaches a terminal raw. Exhaustive, in chunks.
 */
class EveryCodePointTest {
  private static final int CHUNK = 2048;
  private static final YAMLMapper YAML =
      new YAMLMapper(YAMLFactory.builder().loaderOptions(unlimited()).build());
  private static final Parser MARKDOWN =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private static LoaderOptions unlimited() {
    var options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }

  @Test
  void everyCodePointIsRefusedOrReadsBackExactly() throws Exception {
    var chunk = new StringBuilder();
    int accepted = 0;
    int refused = 0;
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String one = new StringBuilder().appendCodePoint(c).toString();
      if (TextCharactersRule.problem("a" + one + "b").isPresent()) {
        refused++;
        continue;
      }
      accepted++;
      chunk.append(one).append('.');
      if (chunk.length() >= CHUNK || c == Character.MAX_CODE_POINT) {
        readsBack(chunk.toString());
        readsBack(" " + chunk + " ");
        chunk.setLength(0);
      }
    }
    assertTrue(accepted > 1_000_000, "accepted " + accepted);
    assertEquals(
        2048 + 63 + 66 + 12 + 1, refused, "surrogates, controls, noncharacters, bidi, BOM");
  }

  private static void readsBack(String text) throws Exception {
    JsonNode yaml = YAML.readTree("k: " + YamlScalar.of(text) + "\n");
    assertEquals(text, yaml.path("k").textValue(), "YAML");
    assertEquals(text, markdownCell(MarkdownText.escape(text)), "Markdown");
  }

  /** The one cell of a one-row table, as a reader sees it; {@code <br>} is a line break. */
  private static String markdownCell(String escaped) {
    var cells = new ArrayList<String>();
    MARKDOWN
        .parse("| h |\n| --- |\n| " + escaped + " |\n")
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(CustomNode node) {
                if (node instanceof TableBody) {
                  cells.add(text(node.getFirstChild().getFirstChild()));
                } else {
                  visitChildren(node);
                }
              }

              @Override
              public void visit(org.commonmark.node.CustomBlock block) {
                visitChildren(block);
              }
            });
    assertEquals(1, cells.size());
    return cells.get(0);
  }

  private static String text(Node node) {
    var out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        out.append(t.getLiteral());
      } else if (child instanceof HtmlInline html && html.getLiteral().equals("<br>")) {
        out.append('\n');
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        out.append('\n');
      } else {
        out.append(text(child));
      }
    }
    return out.toString();
  }

  @Test
  void noControlCharacterReachesATerminalRaw() {
    for (int c = 0; c < 0x3000; c++) {
      String shown = PrintableText.of("x" + (char) c + "y");
      for (int i = 0; i < shown.length(); i++) {
        char s = shown.charAt(i);
        assertFalse(
            s < 0x20
                || (s >= 0x7f && s <= 0x9f)
                || (s >= 0x202a && s <= 0x202e)
                || (s >= 0x2066 && s <= 0x2069),
            () -> String.format("U+%04X reaches the terminal raw", (int) s));
      }
    }
  }
}
