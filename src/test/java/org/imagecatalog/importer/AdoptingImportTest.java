package org.imagecatalog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imagecatalog.TestCompiler;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.imagecatalog.model.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import that adopts a repository: ImageStreams and a mapping file together, each tag's
 * destinations as it found them, the source to keep where the two disagree, a namespace for the
 * documents without one, and comments that stay comments whatever a file name holds.
 */
class AdoptingImportTest {
  @TempDir Path folder;

  private Path write(String file, String text) throws IOException {
    Path path = folder.resolve(file);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  private static String stream(String namespace, String name, String tag, String image) {
    return "kind: ImageStream\nmetadata: {name: "
        + name
        + ", namespace: "
        + namespace
        + "}\nspec:\n  tags:\n  - name: \""
        + tag
        + "\"\n    from: {kind: DockerImage, name: "
        + image
        + "}\n";
  }

  private Result<ImportedText> imported(ImportRequest.Prefer prefer, Optional<String> namespace) {
    return Imports.of(
        new ImportRequest(
            List.of(folder.resolve("images"), folder.resolve("mirroring/_config.yaml")),
            path -> false,
            namespace,
            prefer,
            folder),
        false);
  }

  private Catalog loaded(Result<ImportedText> imported) throws IOException {
    var printer = new DiagnosticPrinter(folder);
    assertTrue(imported.ok(), () -> printer.print(imported.diagnostics()));
    Path catalog = Files.writeString(folder.resolve("catalog.conf"), imported.get().text());
    var loaded = TestCompiler.load(catalog);
    assertTrue(loaded.ok(), () -> printer.print(loaded.diagnostics()));
    return loaded.get();
  }

  @Test
  void eachTagGoesWhereTheInputsSentIt() throws IOException {
    write("images/both.yaml", stream("ci", "both", "v1", "quay.io/a/both:v1"));
    write("images/cluster.yaml", stream("ci", "cluster", "v1", "quay.io/a/cluster:v1"));
    write(
        "mirroring/_config.yaml",
        "supplementalCIImages:\n"
            + "  ci/both:v1: {image: quay.io/a/both:v1}\n"
            + "  rh_ee_ves/qci-only:v1.0: {image: quay.io/rh_ee_ves/qci-only:v1.0}\n");
    Catalog catalog = loaded(imported(ImportRequest.Prefer.NEITHER, Optional.empty()));
    var destinations = new java.util.TreeMap<String, String>();
    catalog
        .imageStreamTags()
        .forEach(
            t ->
                destinations.put(
                    t.target(),
                    (t.tag().onCluster() ? "cluster" : "")
                        + (t.tag().settings().mirror().value() ? " mirror" : "")));
    assertEquals(
        java.util.Map.of(
            "ci/both:v1", "cluster mirror",
            "ci/cluster:v1", "cluster",
            "rh_ee_ves/qci-only:v1.0", " mirror"),
        destinations);
    String text = Files.readString(folder.resolve("catalog.conf"));
    assertTrue(
        text.contains(
            "{ template = \"imagestreams.yaml.mustache\", path ="
                + " \"images/zz_generated/{{namespace}}.yaml\", per = namespace }"),
        text);
    assertTrue(
        text.contains(
            "{ template = \"supplemental-ci-images.yaml.mustache\", path ="
                + " \"mirroring/_config.yaml\", per = catalog, section = supplementalCIImages }"),
        text);
  }

  @Test
  void twoSourcesForOneTagStopTheImportUnlessOneIsPreferred() throws IOException {
    write("images/s.yaml", stream("ci", "s", "v1", "quay.io/a/from-the-imagestream:v1"));
    write(
        "mirroring/_config.yaml",
        "supplementalCIImages:\n  ci/s:v1: {image: quay.io/a/from-the-mapping:v1}\n");
    Result<ImportedText> neither = imported(ImportRequest.Prefer.NEITHER, Optional.empty());
    assertEquals(
        "mirroring/_config.yaml:2: error: ImageStream ci/s is defined twice, differently: tag v1"
            + " comes from quay.io/a/from-the-imagestream:v1 there and from"
            + " quay.io/a/from-the-mapping:v1 here; say which wins with --prefer mapping or"
            + " --prefer imagestreams; change one of the two so they agree, or leave a file out"
            + " with --exclude [import-conflict]\n"
            + "    images/s.yaml:5: note: the other definition\n",
        new DiagnosticPrinter(folder).print(neither.diagnostics()));

    Catalog mapping = loaded(imported(ImportRequest.Prefer.MAPPING, Optional.empty()));
    assertEquals(
        "quay.io/a/from-the-mapping:v1",
        mapping.tags().findFirst().orElseThrow().from().toString());
    assertTrue(
        Files.readString(folder.resolve("catalog.conf"))
            .contains(
                "# the ImageStream (s.yaml:5) gave quay.io/a/from-the-imagestream:v1: --prefer"
                    + " chose the other\n"));

    Catalog imageStreams = loaded(imported(ImportRequest.Prefer.IMAGESTREAMS, Optional.empty()));
    var tag = imageStreams.imageStreamTags().findFirst().orElseThrow();
    assertEquals("quay.io/a/from-the-imagestream:v1", tag.tag().from().toString());
    assertTrue(tag.tag().onCluster() && tag.mirrorSource().isPresent(), "both destinations");
    assertTrue(
        Files.readString(folder.resolve("catalog.conf"))
            .contains(
                "# the mapping (_config.yaml:2) gave quay.io/a/from-the-mapping:v1: --prefer chose"
                    + " the other\n"));
  }

  @Test
  void aDocumentWithoutANamespaceTakesTheOneGiven() throws IOException {
    write(
        "images/s.yaml",
        "kind: ImageStream\nmetadata: {name: s}\nspec:\n  tags:\n"
            + "  - name: v1\n    from: {kind: DockerImage, name: quay.io/a/s:v1}\n");
    write("mirroring/_config.yaml", "supplementalCIImages: {}\n");
    Catalog catalog = loaded(imported(ImportRequest.Prefer.NEITHER, Optional.of("tools")));
    assertEquals("tools/s", catalog.streams().findFirst().orElseThrow().target());
  }

  /** A file name is data: a line feed in it cannot end the comment that names it. */
  @Test
  void aFileNameCannotWriteHoconIntoTheCatalog() throws IOException {
    String name = "x\n}\nnamespaces.evil.s.tags.t = \"quay.io/evil/s:1\"\n#.yaml";
    write("images/" + name, stream("ci", "s", "v1", "quay.io/a/s:v1"));
    write("mirroring/_config.yaml", "supplementalCIImages: {}\n");
    Result<ImportedText> result =
        Imports.of(
            new ImportRequest(
                List.of(folder.resolve("images")),
                path -> false,
                Optional.empty(),
                ImportRequest.Prefer.NEITHER,
                folder),
            true);
    Catalog catalog = loaded(result);
    assertEquals(List.of("ci"), catalog.namespaces().stream().map(n -> n.name()).toList());
    assertTrue(
        result.get().text().contains("# from images/x\\u000a}\\u000anamespaces.evil"),
        result.get().text());
    assertFalse(result.get().text().contains("\nnamespaces.evil"));
  }
}
