package org.imagecatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.imagecatalog.CommandLineRun;
import org.imagecatalog.TestCompiler;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile strings through every free-text field of the catalog: each must read back as exactly
 * itself from the YAML a cluster applies and from the Markdown a person reads.
 */
class EscapingTest {
  static final List<String> HOSTILE =
      List.of(
          "key: value",
          "#hashtag",
          "a #comment",
          "say \"hi\"",
          "it's",
          "two\nlines",
          "a | b",
          "<script>alert(1)</script>",
          "null",
          "Null",
          "~",
          "yes",
          "No",
          "on",
          "y",
          "7",
          "1e3",
          "0x1F",
          "0o17",
          "-.5",
          ".inf",
          "2001-12-14",
          "1:20",
          "*alias",
          "&anchor",
          "!tag",
          "%directive",
          "@reserved",
          "`code`",
          "tab\there",
          "ship it 🚀",
          "שלום עולם",
          " padded ",
          "- item",
          "[a, b]",
          "{a: b}",
          "? key",
          "> folded",
          "---",
          "...",
          "<<",
          "back\\slash",
          "a: ",
          "ends with colon:",
          "**bold** _em_ [link](x)",
          "&amp;",
          "\u00e9");

  @TempDir Path folder;

  @Test
  void everyTextFieldReadsBackExactly() throws IOException {
    Path catalog = folder.resolve("catalog.conf");
    Files.writeString(catalog, catalogWithHostileValues());
    Result<RenderedTree> result = TestCompiler.compile(catalog, Path.of("templates"));
    // The compile step itself parses every YAML output back and compares it with the model.
    assertTrue(result.ok(), () -> new DiagnosticPrinter(folder).print(result.diagnostics()));

    var yaml = new YAMLMapper();
    String manifests = result.get().files().get("imagestreams/hostile.yaml").text();
    List<JsonNode> streams =
        yaml.readerFor(JsonNode.class).<JsonNode>readValues(manifests).readAll();
    List<String> markdownCells =
        descriptionCells(result.get().files().get("docs/hostile.md").text());
    for (int i = 0; i < HOSTILE.size(); i++) {
      String value = HOSTILE.get(i);
      JsonNode stream = streams.get(i);
      JsonNode annotations = stream.path("metadata").path("annotations");
      assertEquals(value, annotations.path("openshift.io/description").textValue(), "description");
      assertEquals(value, annotations.path("example.com/note").textValue(), "annotation");
      assertEquals(
          value,
          stream
              .path("spec")
              .path("tags")
              .get(0)
              .path("annotations")
              .path("example.com/note")
              .textValue(),
          "tag annotation");
      assertEquals(value, markdownCells.get(i), "Markdown description of stream " + i);
    }
  }

  private static String catalogWithHostileValues() {
    var text = new StringBuilder("namespaces.hostile {\n");
    for (int i = 0; i < HOSTILE.size(); i++) {
      String quoted = CommandLineRun.hocon(HOSTILE.get(i));
      text.append(
          String.format(
              "  s%03d {%n    description = %s%n    used-by = [%s]%n    annotations {"
                  + " \"example.com/note\" = %s }%n    tags.t { from = \"quay.io/x/s%03d:t\","
                  + " annotations { \"example.com/note\" = %s } }%n  }%n",
              i, quoted, quoted, quoted, i, quoted));
    }
    return text.append("}\n").toString();
  }

  /** The Description column (the third) of the streams table, the first, as a reader sees it. */
  private static List<String> descriptionCells(String markdown) {
    Node document =
        Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
    var cells = new ArrayList<String>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.CustomBlock block) {
            visitChildren(block);
          }

          @Override
          public void visit(org.commonmark.node.CustomNode node) {
            if (node instanceof TableBody && cells.isEmpty()) {
              for (Node row = node.getFirstChild(); row != null; row = row.getNext()) {
                Node cell = row.getFirstChild();
                for (int column = 0; column < 2; column++) {
                  cell = cell.getNext();
                }
                cells.add(text((TableCell) cell));
              }
            } else {
              visitChildren(node);
            }
          }
        });
    return cells;
  }

  private static String text(Node node) {
    var out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        out.append(t.getLiteral());
      } else if (child instanceof Code c) {
        out.append('`').append(c.getLiteral()).append('`');
      } else if (child instanceof HtmlInline html) {
        out.append(html.getLiteral().equals("<br>") ? "\n" : html.getLiteral());
      } else {
        out.append(text(child));
      }
    }
    return out.toString();
  }
}
