package org.imagecatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imagecatalog.TestCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the cluster gets of a catalog: the tags that go to an ImageStream. */
class CatalogTest {
  @TempDir Path folder;

  private Catalog load(String text) throws IOException {
    return TestCompiler.load(Files.writeString(folder.resolve("catalog.conf"), text)).get();
  }

  private static List<String> tags(Catalog catalog) {
    return catalog.imageStreamTags().map(t -> t.stream().target() + ":" + t.tag().name()).toList();
  }

  @Test
  void mirrorOnlyTagsStreamsAndNamespacesAreLeftOut() throws IOException {
    Catalog catalog =
        load(
            "namespaces.ci {\n"
                + "  a.tags { x = \"quay.io/a/a:1\", y { from = \"quay.io/a/a:2\", imagestream ="
                + " false } }\n"
                + "  b { imagestream = false, tags.x = \"quay.io/a/b:1\" }\n"
                + "}\n"
                + "namespaces.qci_only { defaults.imagestream = false, c.tags.x = \"quay.io/a/c:1\""
                + " }\n");
    assertEquals(List.of("ci/a:x", "ci/a:y", "ci/b:x", "qci_only/c:x"), tags(catalog));
    assertEquals(List.of("ci/a:x"), tags(catalog.onCluster()));
  }

  @Test
  void aCatalogThatGoesWhollyToTheClusterIsItself() throws IOException {
    // The renderer builds one set of views for the two then; a copy would cost a second set.
    Catalog catalog =
        load("namespaces.ci.a.tags { x = \"quay.io/a/a:1\", y.from-tag = \"a:x\" }\n");
    assertSame(catalog, catalog.onCluster());
  }
}
