package org.imagecatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imagecatalog.TestCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest file lists a namespace's streams so that {@code oc apply -f} finds each source. */
class NamespaceTest {
  @TempDir Path folder;

  private List<String> applyOrder(String streams) throws IOException {
    Path catalog =
        Files.writeString(folder.resolve("catalog.conf"), "namespaces.ci {\n" + streams + "}\n");
    return TestCompiler.load(catalog).get().namespaces().get(0).streamsInApplyOrder().stream()
        .map(ImageStream::name)
        .toList();
  }

  @Test
  void aStreamComesAfterTheStreamsItsTagsPointAt() throws IOException {
    assertEquals(
        List.of("c", "b", "a", "d"),
        applyOrder(
            "  a.tags.x.from-tag = \"b:x\"\n"
                + "  b.tags.x.from-tag = \"c:x\"\n"
                + "  c.tags.x = \"quay.io/a/c:1\"\n"
                + "  d.tags.x.from-tag = \"other/s:x\"\n"));
  }

  @Test
  void streamsThatPointAtEachOtherKeepTheirNameOrder() throws IOException {
    assertEquals(
        List.of("c", "a", "b"),
        applyOrder(
            "  a.tags { x.from-tag = \"b:y\", z = \"quay.io/a/a:1\" }\n"
                + "  b.tags { y.from-tag = \"a:z\" }\n"
                + "  c.tags.x = \"quay.io/a/c:1\"\n"));
  }
}
