package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.output.TreeDiff;
import org.imagecatalog.render.RenderedTree;
import org.junit.jupiter.api.Test;

/**
 * The repository's own catalog and templates. Its approved output is the committed {@code
 * generated/} folder, reviewed in every pull request's diff: this test fails when it is stale, and
 * checks that the documentation tables render on GitHub with the rows the catalog implies.
 */
class RepositoryTest {
  static final Path CATALOG = Path.of("catalog.conf");
  static final Parser MARKDOWN =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @Test
  void generatedFolderIsCurrent() {
    Result<Compiler.Checked> compared =
        TestCompiler.COMPILER.check(CATALOG, Path.of("templates"), Path.of("generated"));
    assertTrue(
        compared.ok(), () -> new DiagnosticPrinter(Path.of("")).print(compared.diagnostics()));
    TreeDiff diff = compared.get().diff();
    assertTrue(diff.upToDate(), "generated/ is stale: run make generate; " + diff.changes());
  }

  @Test
  void namespaceDocsHaveARowPerStreamThenATableOfItsTags() {
    Catalog catalog = TestCompiler.load(CATALOG).get();
    RenderedTree tree = TestCompiler.compile(CATALOG, Path.of("templates")).get();
    for (Namespace namespace : catalog.namespaces()) {
      String doc = tree.files().get("docs/" + namespace.name() + ".md").text();
      List<List<List<String>>> tables = tables(doc);
      assertEquals(1 + namespace.streams().size(), tables.size(), namespace.name());
      var streams = new ArrayList<List<String>>();
      streams.add(List.of("Image stream", "Tags", "Description", "Used by"));
      for (ImageStream stream : namespace.streams()) {
        streams.add(
            List.of(
                stream.name(),
                String.join(", ", stream.tags().stream().map(TagSpec::name).toList()),
                stream.description(),
                String.join(", ", stream.usedBy())));
      }
      assertEquals(streams, tables.get(0), namespace.name());
      for (int i = 0; i < namespace.streams().size(); i++) {
        ImageStream stream = namespace.streams().get(i);
        var tags = new ArrayList<List<String>>();
        tags.add(
            List.of("Tag", "Comes from", "Source", "Scheduled", "Reference policy", "Goes to"));
        for (TagSpec tag : stream.tags()) {
          boolean outside = tag.from() instanceof Source.DockerImage;
          tags.add(
              List.of(
                  tag.name(),
                  outside ? "outside registry" : "another image stream",
                  outside
                      ? tag.from().toString()
                      : ((Source.StreamTag) tag.from()).within(stream).toString(),
                  String.valueOf(tag.scheduled()),
                  tag.referencePolicy().wire(),
                  destinations(tag)));
        }
        assertEquals(tags, tables.get(i + 1), stream.target());
      }
    }
  }

  @Test
  void indexTableHasARowPerNamespace() {
    Catalog catalog = TestCompiler.load(CATALOG).get();
    RenderedTree tree = TestCompiler.compile(CATALOG, Path.of("templates")).get();
    List<List<List<String>>> tables = tables(tree.files().get("docs/README.md").text());
    assertEquals(1, tables.size());
    List<List<String>> table = tables.get(0);
    assertEquals(List.of("Namespace", "Description", "Image streams", "Tags"), table.get(0));
    assertEquals(
        catalog.namespaces().stream()
            .map(
                n ->
                    List.of(
                        n.name(),
                        n.description(),
                        String.valueOf(n.streams().size()),
                        String.valueOf(n.tagCount())))
            .toList(),
        table.subList(1, table.size()));
    catalog.namespaces().forEach(n -> assertFalse(n.description().isEmpty(), n.name()));
  }

  private static String destinations(TagSpec tag) {
    boolean mirrored =
        tag.settings().mirror().value() && !(tag.from() instanceof Source.StreamImage);
    if (!tag.onCluster()) {
      return "QCI mirror only";
    }
    return mirrored ? "ImageStream and QCI mirror" : "ImageStream only";
  }

  /** The document's tables, each as rows of cell texts, the header first. */
  static List<List<List<String>>> tables(String markdown) {
    var tables = new ArrayList<List<List<String>>>();
    MARKDOWN
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                  var rows = new ArrayList<List<String>>();
                  collectRows(block, rows);
                  tables.add(rows);
                }
              }
            });
    return tables;
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
