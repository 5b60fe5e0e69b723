package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Namespace;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.output.TreeDiff;
import org.imagecatalog.render.RenderedTree;
import org.junit.jupiter.api.Test;

/**
 * The repository's own catalog and templates. Its approved output is the committed {@code
 * generated/} folder, reviewed in every pull request's diff: this test fails when it is stale,
 * and checks that the documentation tables render on GitHub with the rows the catalog implies.
 */
class RepositoryTest {
  static final Path CATALOG = Path.of("catalog.conf");
  static final Parser MARKDOWN =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @Test
  void generatedFolderIsCurrent() {
    Result<RenderedTree> tree = Compiler.compile(CATALOG, Path.of("templates"));
    assertTrue(tree.ok(), () -> new DiagnosticPrinter(Path.of("")).print(tree.diagnostics()));
    TreeDiff diff = TreeDiff.compare(tree.get(), Path.of("generated")).get();
    assertTrue(diff.upToDate(), "generated/ is stale: run make generate; " + diff.changes());
  }

  @Test
  void namespaceTablesHaveARowPerTag() {
    Catalog catalog = Compiler.check(CATALOG).get();
    RenderedTree tree = Compiler.compile(CATALOG, Path.of("templates")).get();
    for (Namespace namespace : catalog.namespaces()) {
      List<List<String>> table = onlyTable(tree.files().get("docs/" + namespace.name() + ".md").text());
      assertEquals(
          List.of("Stream", "Tag", "Source", "Scheduled", "Reference policy", "Description", "Used by"),
          table.get(0));
      var expected = new ArrayList<List<String>>();
      for (ImageStream stream : namespace.streams()) {
        for (TagSpec tag : stream.tags()) {
          expected.add(List.of(stream.name(), tag.name(), stream.description()));
        }
      }
      var actual = table.subList(1, table.size()).stream()
          .map(row -> List.of(row.get(0), row.get(1), row.get(5)))
          .toList();
      assertEquals(expected, actual, namespace.name());
      table.forEach(row -> assertEquals(7, row.size(), "cells of a row in " + namespace.name()));
    }
  }

  @Test
  void indexTableHasARowPerNamespace() {
    Catalog catalog = Compiler.check(CATALOG).get();
    RenderedTree tree = Compiler.compile(CATALOG, Path.of("templates")).get();
    List<List<String>> table = onlyTable(tree.files().get("docs/README.md").text());
    assertEquals(List.of("Namespace", "Image streams", "Tags"), table.get(0));
    assertEquals(
        catalog.namespaces().stream()
            .map(n -> List.of(n.name(), String.valueOf(n.streams().size()), String.valueOf(n.tagCount())))
            .toList(),
        table.subList(1, table.size()));
  }

  /** The document's one table, as rows of cell texts, the header first. */
  static List<List<String>> onlyTable(String markdown) {
    var tables = new ArrayList<List<List<String>>>();
    MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof TableBlock) {
          var rows = new ArrayList<List<String>>();
          collectRows(block, rows);
          tables.add(rows);
        }
      }
    });
    assertEquals(1, tables.size(), "tables in the document");
    return tables.get(0);
  }

  private static void collectRows(Node node, List<List<String>> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child.getFirstChild() instanceof TableCell) {
        var cells = new ArrayList<String>();
        for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add(text(cell));
        }
        rows.add(cells);
      } else {
        collectRows(child, rows);
      }
    }
  }

  private static String text(Node node) {
    var out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      out.append(child instanceof Text t ? t.getLiteral() : text(child));
    }
    return out.toString();
  }
}
