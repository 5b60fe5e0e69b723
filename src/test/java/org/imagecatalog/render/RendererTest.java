package org.imagecatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imagecatalog.TestCompiler;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad templates and outputs: each is a clear diagnostic naming the template, never output. */
class RendererTest {
  private static final String STREAMS =
      "namespaces.ci.boskos { description = \"yes\", tags.latest = \"gcr.io/k8s/boskos:v1\""
          + " }\n";

  @TempDir Path folder;

  private String compile(String outputs, String... templates) throws IOException {
    Files.writeString(
        folder.resolve("catalog.conf"), STREAMS + "outputs = [\n" + outputs + "\n]\n");
    Path templateFolder = Files.createDirectories(folder.resolve("templates"));
    for (int i = 0; i < templates.length; i += 2) {
      Files.writeString(templateFolder.resolve(templates[i]), templates[i + 1]);
    }
    Result<RenderedTree> result =
        TestCompiler.compile(folder.resolve("catalog.conf"), templateFolder);
    assertFalse(result.ok(), "a bad template must not render");
    return new DiagnosticPrinter(folder).print(result.diagnostics());
  }

  @Test
  void aMissingTemplateIsNamed() throws IOException {
    assertEquals(
        "catalog.conf:3: error: outputs: no template \"nope.yaml.mustache\" in "
            + folder.resolve("templates")
            + " [missing-template]\n",
        compile("{ template = nope.yaml.mustache, path = x.yaml, per = catalog }"));
  }

  @Test
  void aSyntaxErrorNamesTemplateAndLine() throws IOException {
    assertEquals(
        "templates/a.md.mustache:2: error: Failed to close 'namespaces' tag [template]\n",
        compile(
            "{ template = a.md.mustache, path = a.md, per = catalog }",
            "a.md.mustache",
            "# x\n{{#namespaces}}\n{{namespace}}\n"));
  }

  @Test
  void anUnknownVariableNamesTemplateLineAndVariable() throws IOException {
    assertEquals(
        "templates/a.md.mustache:3: error: unknown variable {{nmae}}; see the README's \"Template"
            + " context\" [missing-template-variable]\n",
        compile(
            "{ template = a.md.mustache, path = a.md, per = namespace }",
            "a.md.mustache",
            "# {{namespace}}\n{{#streams}}\n{{nmae}}\n{{/streams}}\n"));
  }

  @Test
  void anUnknownSectionIsAnErrorToo() throws IOException {
    assertEquals(
        "templates/a.md.mustache:1: error: unknown variable {{stream}}; see the README's \"Template"
            + " context\" [missing-template-variable]\n",
        compile(
            "{ template = a.md.mustache, path = a.md, per = namespace }",
            "a.md.mustache",
            "{{#stream}}x{{/stream}}\n"));
  }

  @Test
  void aJavaMethodOfAViewIsNotAVariable() throws IOException {
    for (String name : new String[] {"hashCode", "streams.size"}) {
      assertEquals(
          "templates/a.md.mustache:1: error: unknown variable {{"
              + name
              + "}}; see the README's"
              + " \"Template context\" [missing-template-variable]\n",
          compile(
              "{ template = a.md.mustache, path = a.md, per = namespace }",
              "a.md.mustache",
              "{{" + name + "}}\n"));
    }
  }

  @Test
  void anUnknownVariableInAPathPatternIsNamed() throws IOException {
    assertEquals(
        "error: unknown variable {{ns}} in output path \"docs/{{ns}}.md\"; see the README's"
            + " \"Template context\" [missing-template-variable]\n",
        compile(
            "{ template = a.md.mustache, path = \"docs/{{ns}}.md\", per = namespace }",
            "a.md.mustache",
            "x\n"));
  }

  @Test
  void aPathThatLeavesTheOutputFolderIsRefused() throws IOException {
    assertEquals(
        "catalog.conf:3: error: outputs: output path \"../{{namespace}}.md\": its folder \"../\""
            + " leaves the output folder or has an empty or '.' segment [output-path]\n",
        compile(
            "{ template = a.md.mustache, path = \"../{{namespace}}.md\", per = namespace }",
            "a.md.mustache",
            "x\n"));
  }

  @Test
  void twoOutputsClaimingOnePathAreBothNamed() throws IOException {
    assertEquals(
        "catalog.conf:4: error: outputs: output \"a.md\" is produced twice (template b.md.mustache"
            + " and template a.md.mustache) [duplicate-output]\n"
            + "    catalog.conf:3: note: first produced by this output\n",
        compile(
            "{ template = a.md.mustache, path = a.md, per = catalog }\n"
                + "{ template = b.md.mustache, path = a.md, per = catalog }",
            "a.md.mustache",
            "x\n",
            "b.md.mustache",
            "y\n"));
  }

  @Test
  void onlyYamlAndMarkdownOutputsAreKnown() throws IOException {
    assertEquals(
        "catalog.conf:3: error: outputs: output path \"a.txt\" must end in .yaml, .yml or .md"
            + " [output-type]\n",
        compile(
            "{ template = a.md.mustache, path = a.txt, per = catalog }", "a.md.mustache", "x\n"));
  }

  @Test
  void aTemplateThatBreaksYamlIsCaughtBeforeWriting() throws IOException {
    assertEquals(
        "templates/bad.yaml.mustache: error: generated bad.yaml is not valid YAML at its line 2:"
            + " mapping values are not allowed here [output-yaml]\n",
        compile(
            "{ template = bad.yaml.mustache, path = bad.yaml, per = catalog }",
            "bad.yaml.mustache",
            "a: b: c\n"));
  }

  @Test
  void aKeyWrittenTwiceIsCaughtThoughOneReaderWouldTakeTheLast() throws IOException {
    String twice =
        "{{#namespaces}}{{#streams}}---\napiVersion: image.openshift.io/v1\nkind: ImageStream\n"
            + "metadata:\n  name: {{name}}\n  namespace: {{namespace}}\n  name: {{name}}\n"
            + "{{/streams}}{{/namespaces}}";
    // Line 8 of the file: the generated header comes first.
    assertEquals(
        "templates/all.yaml.mustache: error: generated all.yaml is not valid YAML at its line 8:"
            + " key 'name' written twice in one mapping [output-yaml]\n",
        compile(
            "{ template = all.yaml.mustache, path = all.yaml, per = catalog }",
            "all.yaml.mustache",
            twice));
  }

  @Test
  void aRawValueThatChangesTheManifestIsCaught() throws IOException {
    String unsafe =
        "{{#namespaces}}{{#streams}}---\napiVersion: image.openshift.io/v1\nkind: ImageStream\n"
            + "metadata:\n  name: {{name}}\n  namespace: {{namespace}}\n  annotations:\n"
            + "    openshift.io/description: {{{description}}}\nspec:\n  tags:\n"
            + "{{#tags}}  - name: {{name}}\n    from:\n      kind: DockerImage\n"
            + "      name: {{fromName}}\n    importPolicy:\n      scheduled: {{scheduled}}\n"
            + "    referencePolicy:\n      type: {{referencePolicy}}\n{{/tags}}{{/streams}}"
            + "{{/namespaces}}";
    assertEquals(
        "templates/all.yaml.mustache: error: ImageStream ci/boskos in generated all.yaml differs"
            + " from the catalog: metadata.annotations.openshift.io/description should be \"yes\","
            + " is true [output-imagestream]\n",
        compile(
            "{ template = all.yaml.mustache, path = all.yaml, per = catalog }",
            "all.yaml.mustache",
            unsafe));
  }

  @Test
  void aMirrorMappingWithoutTheNamespaceIsCaught() throws IOException {
    String lossy =
        "supplementalCIImages:\n{{#namespaces}}{{#streams}}{{#tags}}  {{stream}}:{{name}}:\n"
            + "    image: {{mirrorImage}}\n{{/tags}}{{/streams}}{{/namespaces}}";
    assertEquals(
        "templates/mirror.yaml.mustache: error: in generated mirror.yaml: supplementalCIImages"
            + " differs from the catalog: boskos:latest should be absent, is"
            + " {image=gcr.io/k8s/boskos:v1} [output-mapping]\n",
        compile(
            "{ template = mirror.yaml.mustache, path = mirror.yaml, per = catalog,"
                + " section = supplementalCIImages }",
            "mirror.yaml.mustache",
            lossy));
  }

  @Test
  void aStreamLeftOutOfItsFileIsCaught() throws IOException {
    assertEquals(
        "templates/none.yaml.mustache: error: generated none.yaml lacks ImageStream ci/other"
            + " [output-imagestream]\n",
        compileTwoStreams());
  }

  private String compileTwoStreams() throws IOException {
    Files.writeString(
        folder.resolve("catalog.conf"),
        STREAMS
            + "namespaces.ci.other.tags.latest = \"gcr.io/k8s/other:v1\"\n"
            + "outputs = [ { template = none.yaml.mustache, path = none.yaml, per = namespace }"
            + " ]\n");
    Path templates = Files.createDirectories(folder.resolve("templates"));
    Files.writeString(
        templates.resolve("none.yaml.mustache"),
        String.join(
            "\n",
            "---",
            "apiVersion: image.openshift.io/v1",
            "kind: ImageStream",
            "metadata:",
            "  name: boskos",
            "  namespace: ci",
            "  annotations:",
            "    openshift.io/description: \"yes\"",
            "spec:",
            "  tags:",
            "  - name: latest",
            "    from:",
            "      kind: DockerImage",
            "      name: gcr.io/k8s/boskos:v1",
            "    importPolicy:",
            "      scheduled: true",
            "      importMode: Legacy",
            "    referencePolicy:",
            "      type: Source"));
    Result<RenderedTree> result = TestCompiler.compile(folder.resolve("catalog.conf"), templates);
    return new DiagnosticPrinter(folder).print(result.diagnostics());
  }
}
