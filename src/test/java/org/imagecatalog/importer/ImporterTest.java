package org.imagecatalog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.approvaltests.Approvals;
import org.imagecatalog.TestCompiler;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
  static final Path FIXTURE = Path.of("src/test/resources/org/imagecatalog/importer/fixture");
  static final DiagnosticPrinter PRINTER = new DiagnosticPrinter(Path.of(""));

  @TempDir Path folder;

  @Test
  void aFixtureFolderBecomesAnIdiomaticCatalog() {
    Result<ImportedText> result = Imports.of(List.of(FIXTURE), true);
    assertTrue(result.ok(), () -> PRINTER.print(result.diagnostics()));
    var report =
        new StringBuilder("-- diagnostics --\n").append(PRINTER.print(result.diagnostics()));
    report.append("-- catalog.conf --\n").append(result.get().text());
    Approvals.verify(report.toString());
  }

  private String importErrors(String... files) throws IOException {
    for (int i = 0; i < files.length; i += 2) {
      Path file = folder.resolve(files[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, files[i + 1]);
    }
    Result<ImportedText> result = Imports.of(List.of(folder), true);
    assertFalse(result.ok(), "bad input must not import");
    return new DiagnosticPrinter(folder).print(result.diagnostics());
  }

  private static String stream(String namespace, String tag, String image) {
    return "kind: ImageStream\nmetadata: {name: s, namespace: "
        + namespace
        + "}\n"
        + "spec:\n  tags:\n  - name: "
        + tag
        + "\n    from: {kind: DockerImage, name: "
        + image
        + "}\n";
  }

  @Test
  void aTagDefinedTwoWaysNamesBothFiles() throws IOException {
    assertEquals(
        "b.yaml:5: error: ImageStream ci/s is defined twice, differently: tag t comes from"
            + " quay.io/a/b:1 there and from quay.io/a/b:2 here; change one of the two so they"
            + " agree, or leave a file out with --exclude [import-conflict]\n"
            + "    a.yaml:5: note: the other definition\n",
        importErrors(
            "a.yaml",
            stream("ci", "t", "quay.io/a/b:1"),
            "b.yaml",
            stream("ci", "t", "quay.io/a/b:2")));
  }

  @Test
  void disjointAndIdenticalTagsMerge() throws IOException {
    Files.writeString(folder.resolve("a.yaml"), stream("ci", "t", "quay.io/a/b:1"));
    Files.writeString(
        folder.resolve("b.yaml"),
        stream("ci", "t", "quay.io/a/b:1") + "---\n" + stream("ci", "u", "quay.io/a/b:2"));
    Result<ImportedText> result = Imports.of(List.of(folder), false);
    assertTrue(result.ok(), () -> PRINTER.print(result.diagnostics()));
    assertTrue(result.get().text().contains("t = \"quay.io/a/b:1\"\n"), result.get().text());
    assertTrue(result.get().text().contains("u = \"quay.io/a/b:2\"\n"), result.get().text());
  }

  @Test
  void yamlSyntaxErrorsNameFileAndLine() throws IOException {
    assertEquals(
        "bad.yaml:3: error: invalid YAML: mapping values are not allowed here [yaml-syntax]\n",
        importErrors("bad.yaml", "kind: ImageStream\nmetadata:\n  name: a: b\n"));
  }

  @Test
  void aRepeatedKeyIsAnErrorNotALastWins() throws IOException {
    String errors = importErrors("dup.yaml", "kind: ImageStream\nkind: List\n");
    assertTrue(
        errors.startsWith(
            "dup.yaml:2: error: invalid YAML: key 'kind' written twice in one mapping"),
        errors);
  }

  @Test
  void aSkippedDocumentIsNamedWhateverItsFieldsHold() throws IOException {
    Path file = folder.resolve("x.yaml");
    Files.writeString(
        file,
        stream("ci", "t", "quay.io/a/b:1")
            + "---\nkind: BuildConfig\nmetadata: {name: true}\n---\nkind: Secret\n"
            + "metadata: {name: pull}\n");
    Result<ImportedText> result = Imports.of(List.of(folder), true);
    assertTrue(result.ok());
    assertEquals(
        "x.yaml:8: note: skipped: BuildConfig [import-skipped]\n"
            + "x.yaml:11: note: skipped: Secret pull [import-skipped]\n",
        new DiagnosticPrinter(folder).print(result.diagnostics()));
  }

  @Test
  void aDocumentWithoutKindIsAnError() throws IOException {
    assertEquals(
        "x.yaml:8: error: a document without kind [import-kind]\n",
        importErrors("x.yaml", stream("ci", "t", "quay.io/a/b:1") + "---\nmetadata: {name: x}\n"));
  }

  @Test
  void anImageStreamThatImportsNeedsNameAndNamespace() throws IOException {
    assertEquals(
        "x.yaml:1: error: metadata: an ImageStream needs metadata.namespace: this one is applied"
            + " with oc apply -n; say which namespace with --namespace [import-imagestream]\n",
        importErrors(
            "x.yaml",
            "kind: ImageStream\nmetadata: {name: s}\nspec:\n  tags:\n"
                + "  - name: t\n    from: {kind: DockerImage, name: quay.io/a/b:1}\n"));
  }

  @Test
  void anImageStreamOfAnotherApiIsAnErrorAtItsApiVersion() throws IOException {
    assertEquals(
        "x.yaml:2: error: apiVersion: \"apps/v1\": OpenShift serves ImageStreams as"
            + " image.openshift.io/v1 (or the legacy v1), so the cluster would refuse this one"
            + " [import-field]\n",
        importErrors(
            "x.yaml",
            "kind: ImageStream\n"
                + "apiVersion: apps/v1\n"
                + "metadata: {name: s, namespace: ci}\n"
                + "spec:\n"
                + "  tags:\n"
                + "  - name: t\n"
                + "    from: {kind: DockerImage, name: quay.io/a/b:1}\n"));
  }

  @Test
  void anyTextSurvivesTheCatalogsQuoting() throws IOException {
    String description =
        "a \"quoted\" \\ path,\ttab, new\nline, line\u2028separator, caf\u00e9 \u2603 \ud83d\ude00";
    Files.writeString(
        folder.resolve("s.yaml"),
        "kind: ImageStream\n"
            + "metadata:\n  name: s\n  namespace: ci\n  annotations:\n"
            + "    openshift.io/description: \""
            + description
                .replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\u2028", "\\L")
            + "\"\n"
            + "spec:\n  tags:\n  - name: t\n    from: {kind: DockerImage, name: quay.io/a/s:1}\n");
    Result<ImportedText> imported = Imports.of(List.of(folder), false);
    assertTrue(imported.ok(), () -> PRINTER.print(imported.diagnostics()));
    Path catalog = Files.writeString(folder.resolve("catalog.conf"), imported.get().text());
    var loaded = TestCompiler.load(catalog);
    assertTrue(loaded.ok(), () -> PRINTER.print(loaded.diagnostics()));
    assertEquals(description, loaded.get().namespaces().get(0).streams().get(0).description());
  }

  @Test
  void bytesThatAreNotUtf8AreAnError() throws IOException {
    Files.write(
        folder.resolve("latin1.yaml"),
        "kind: ImageStream\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Result<ImportedText> result = Imports.of(List.of(folder), true);
    assertEquals(
        "latin1.yaml:2: error: is not UTF-8 text [import-encoding]\n",
        new DiagnosticPrinter(folder).print(result.diagnostics()));
  }

  /** Import reads only inside the folders it is given: links are followed only inside them. */
  @Test
  void linksOutOfTheFolderAreRefusedAndLinksToFoldersNamed(@TempDir Path outside)
      throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.yaml"), stream("ci", "t", "a/b:1"));
    Path in = Files.createDirectories(folder.resolve("in"));
    Files.writeString(in.resolve("inside.yaml"), stream("ci", "u", "a/c:1"));
    Files.createSymbolicLink(in.resolve("out.yaml"), secret);
    Files.createSymbolicLink(in.resolve("again.yaml"), in.resolve("inside.yaml"));
    Files.createSymbolicLink(in.resolve("gone.yaml"), outside.resolve("missing.yaml"));
    Files.createSymbolicLink(in.resolve("elsewhere"), outside);
    Result<ImportedText> result = Imports.of(List.of(in), false);
    assertEquals(
        "in/elsewhere: note: skipped: a link to a folder, which import does not walk"
            + " [import-skipped]\n"
            + "in/gone.yaml: error: is a link to nothing: its target does not exist"
            + " [import-path]\n"
            + "in/out.yaml: error: is a link out of the folder, to "
            + secret.toRealPath()
            + ": import reads only what is inside the folders it is given; name the file itself"
            + " to import it [import-path]\n",
        new DiagnosticPrinter(folder).print(result.diagnostics()));
  }

  @Test
  void anEmptyFolderIsAnError() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    Result<ImportedText> result = Imports.of(List.of(empty), true);
    assertEquals(
        "empty: error: the folder has no .yaml or .yml files [import-path]\n",
        new DiagnosticPrinter(folder).print(result.diagnostics()));
  }

  @Test
  void referencesImageStreamImagesAndBuildTargetsAreKept() throws IOException {
    String digest = "sha256:" + "a".repeat(64);
    Files.writeString(
        folder.resolve("kept.yaml"),
        "kind: ImageStream\n"
            + "metadata: {name: s, namespace: ci}\n"
            + "spec:\n"
            + "  tags:\n"
            + "  - name: pinned\n"
            + "    reference: true\n"
            + "    from: {kind: ImageStreamImage, name: base@"
            + digest
            + "}\n"
            + "  - name: pushed\n"
            + "---\n"
            + "kind: ImageStream\n"
            + "metadata: {name: output, namespace: ci}\n");
    Result<ImportedText> result = Imports.of(List.of(folder), false);
    assertTrue(result.ok(), () -> PRINTER.print(result.diagnostics()));
    String text = result.get().text();
    assertTrue(
        text.contains(
            "        pinned {\n"
                + "          from-image = \"base@"
                + digest
                + "\"\n"
                + "          reference = true\n"
                + "        }\n"
                + "        pushed {\n"
                + "          build-target = true\n"
                + "        }\n"),
        text);
    assertTrue(text.contains("    output {\n      build-target = true\n    }\n"), text);
  }

  @Test
  void anImportPolicyOnATagThatImportsNothingIsNamedAsIgnored() throws IOException {
    Files.writeString(
        folder.resolve("policy.yaml"),
        "kind: ImageStream\n"
            + "metadata: {name: s, namespace: ci}\n"
            + "spec:\n"
            + "  tags:\n"
            + "  - name: pushed\n"
            + "    importPolicy: {importMode: PreserveOriginal}\n"
            + "  - name: pointer\n"
            + "    reference: true\n"
            + "    from: {kind: DockerImage, name: quay.io/a/b:1}\n"
            + "    importPolicy:\n"
            + "      insecure: true\n");
    Result<ImportedText> result = Imports.of(List.of(folder), false);
    assertTrue(result.ok(), () -> PRINTER.print(result.diagnostics()));
    assertEquals(
        "policy.yaml:6: warning: spec.tags[0].importPolicy: ignored: the cluster imports nothing"
            + " for this tag, so its import policy does not apply [import-ignored]\n"
            + "policy.yaml:10: warning: spec.tags[1].importPolicy: ignored: the cluster imports"
            + " nothing for this tag, so its import policy does not apply [import-ignored]\n",
        new DiagnosticPrinter(folder).print(result.diagnostics()));
  }

  @Test
  void sourcesOpenShiftRefusesAreErrors() throws IOException {
    assertEquals(
        "x.yaml:5: error: spec.tags[0].from.name: must be of the form <stream>@<digest>"
            + " [import-field]\n"
            + "x.yaml:6: error: spec.tags[1].from.name: invalid digest \"sha256:0\": sha256 has"
            + " exactly 64 hexadecimal digits, not 1 [import-field]\n"
            + "x.yaml:7: error: spec.tags[2].from.kind: kind \"Image\" is not one OpenShift"
            + " accepts: DockerImage, ImageStreamTag or ImageStreamImage [import-field]\n",
        importErrors(
            "x.yaml",
            "kind: ImageStream\n"
                + "metadata: {name: s, namespace: ci}\n"
                + "spec:\n"
                + "  tags:\n"
                + "  - {name: a, from: {kind: ImageStreamImage, name: s}}\n"
                + "  - {name: b, from: {kind: ImageStreamImage, name: s@sha256:0}}\n"
                + "  - {name: c, from: {kind: Image, name: s}}\n"));
  }

  @Test
  void anchorsAliasesAndMergeKeysResolveToTheirValues() throws IOException {
    Files.writeString(
        folder.resolve("a.yaml"),
        "kind: ImageStream\n"
            + "metadata: {name: s, namespace: ci}\n"
            + "spec:\n"
            + "  tags:\n"
            + "  - name: one\n"
            + "    from: &source {kind: DockerImage, name: quay.io/a/s:1}\n"
            + "    importPolicy: &policy {scheduled: true, importMode: PreserveOriginal}\n"
            + "  - name: two\n"
            + "    from: *source\n"
            + "    importPolicy:\n"
            + "      <<: *policy\n"
            + "      scheduled: false\n");
    Result<ImportedText> result = Imports.of(List.of(folder), false);
    assertTrue(result.ok(), () -> PRINTER.print(result.diagnostics()));
    assertTrue(
        result.get().text().contains("import-mode = PreserveOriginal\n"),
        "merged: " + result.get().text());
    assertTrue(
        result.get().text().contains("two = \"quay.io/a/s:1\"\n"),
        "aliased: " + result.get().text());
    assertFalse(result.get().text().contains("source"), "an alias is its value, not its name");
  }

  @Test
  void tagNamesAreKeptAsWrittenNotAsTheNumbersYamlReadsThemAs() throws IOException {
    var text = new StringBuilder("kind: ImageStream\nmetadata: {name: s, namespace: ci}\n");
    text.append("spec:\n  tags:\n");
    for (String name : List.of("010", "0x1F", "1e3", "3.10")) {
      text.append("  - name: ")
          .append(name)
          .append('\n')
          .append("    from: {kind: DockerImage, name: quay.io/a/s:x}\n");
    }
    Files.writeString(folder.resolve("a.yaml"), text.toString());
    Result<ImportedText> result = Imports.of(List.of(folder), false);
    assertTrue(result.ok(), () -> PRINTER.print(result.diagnostics()));
    for (String name : List.of("\"010\"", "\"0x1F\"", "\"1e3\"", "\"3.10\"")) {
      assertTrue(
          result.get().text().contains(name + " = \"quay.io/a/s:x\""),
          name + "\n" + result.get().text());
    }
  }

  @Test
  void anAliasWithoutAnchorAndAnExpandingAliasAreRefused() throws IOException {
    assertEquals(
        "x.yaml:2: error: invalid YAML: alias *nowhere names no anchor before it [yaml-syntax]\n",
        importErrors("x.yaml", "kind: ImageStream\nmetadata: *nowhere\n"));
    var laughs = new StringBuilder("kind: ImageStream\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      laughs.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        laughs.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      }
      laughs.append("]\n");
    }
    String errors = importErrors("laughs.yaml", laughs.toString());
    assertTrue(
        errors.startsWith("laughs.yaml:") && errors.contains("aliases expand this document past"),
        errors);
  }
}
