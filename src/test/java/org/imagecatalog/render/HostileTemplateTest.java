package org.imagecatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.imagecatalog.CommandLineRun;
import org.imagecatalog.TestCompiler;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Template trees as a pull request could make them: each hostile change beside the exact
 * diagnostics it must give. None may read a file from outside the template folder or end in an
 * internal error.
 */
class HostileTemplateTest {
  @TempDir Path folder;
  Path templates;
  Path catalog;

  @BeforeEach
  void copyTemplates() throws IOException {
    templates = folder.resolve("templates");
    CommandLineRun.copyTree(Path.of("templates"), templates);
    catalog =
        Files.writeString(
            folder.resolve("catalog.conf"), "namespaces.ci.a.tags.latest = \"quay.io/a/b:1\"\n");
  }

  private String diagnostics() {
    Result<RenderedTree> result = TestCompiler.compile(catalog, templates);
    assertFalse(result.ok(), "a hostile template tree must not compile");
    return new DiagnosticPrinter(folder).print(result.diagnostics());
  }

  private void append(String template, String text) throws IOException {
    Path file = templates.resolve(template);
    Files.writeString(file, Files.readString(file) + text);
  }

  static Stream<Arguments> badTags() {
    String at = "templates/index.md.mustache:10: error: ";
    return Stream.of(
        Arguments.of(
            "{{> nope}}",
            at + "no partial {{> nope}}: the template folder has no nope.mustache [template]"),
        Arguments.of(
            "{{> ../../secret}}",
            at + "partial {{> ../../secret}} leaves the template folder [template]"),
        Arguments.of(
            "{{> /etc/passwd}}",
            at + "partial {{> /etc/passwd}} leaves the template folder [template]"),
        Arguments.of(
            "{{<nope}}{{/nope}}",
            at + "no partial {{< nope}}: the template folder has no nope.mustache [template]"),
        Arguments.of(
            "{{<../../secret}}{{/../../secret}}",
            at + "partial {{< ../../secret}} leaves the template folder [template]"),
        Arguments.of(
            "{{nope}}",
            at
                + "unknown variable {{nope}}; see the README's \"Template context\""
                + " [missing-template-variable]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTags")
  void aBadTagIsAnErrorAtItsLine(String tag, String expected) throws IOException {
    append("index.md.mustache", tag + "\n");
    assertEquals(expected + "\n", diagnostics());
  }

  @Test
  void everyUnknownNameIsReportedNotOnlyTheFirst() throws IOException {
    append("index.md.mustache", "{{nmae}}\n{{#tagz}}{{/tagz}}\n");
    append("namespace.md.mustache", "{{^descripton}}{{/descripton}}\n");
    assertEquals(
        "templates/index.md.mustache:10: error: unknown variable {{nmae}}; see the README's"
            + " \"Template context\" [missing-template-variable]\n"
            + "templates/index.md.mustache:11: error: unknown variable {{tagz}}; see the README's"
            + " \"Template context\" [missing-template-variable]\n"
            + "templates/namespace.md.mustache:43: error: unknown variable {{descripton}}; see the"
            + " README's \"Template context\" [missing-template-variable]\n",
        diagnostics());
  }

  @Test
  void aPartialThatIncludesItselfIsRefused() throws IOException {
    append("partials/imagestream.mustache", "{{> imagestream}}\n");
    assertEquals(
        "templates/partials/imagestream.mustache:66: error: partial {{> imagestream}} includes"
            + " partials/imagestream.mustache again, through itself or others: partials may not"
            + " recurse [template]\n",
        diagnostics());
  }

  @Test
  void aTemplateThatExtendsItselfIsRefused() throws IOException {
    Files.writeString(templates.resolve("partials/base.mustache"), "{{<base}}{{/base}}\n");
    append("index.md.mustache", "{{> partials/base}}\n");
    assertEquals(
        "templates/partials/base.mustache:1: error: partial {{< base}} includes"
            + " partials/base.mustache again, through itself or others: partials may not recurse"
            + " [template]\n",
        diagnostics());
  }

  /** Sections of one list inside each other: every level multiplies the passes. */
  private static String nested(int levels, String inside) {
    return "{{#namespaces}}".repeat(levels) + inside + "{{/namespaces}}".repeat(levels);
  }

  @Test
  void sectionsNestedPastAnyViewAreStoppedAtTheirLine() throws IOException {
    append("index.md.mustache", nested(30, "x") + "\n");
    assertEquals(
        "templates/index.md.mustache:10: error: sections nest more than 24 deep: no view of the"
            + " catalog is that deep [template]\n",
        diagnostics());
  }

  @Test
  void sectionsThatMultiplyAreStoppedAtTheirLine() throws IOException {
    catalog =
        Files.writeString(
            folder.resolve("catalog.conf"),
            "namespaces { a.a.tags.x = \"quay.io/a/a:1\", b.b.tags.x = \"quay.io/b/b:1\","
                + " c.c.tags.x = \"quay.io/c/c:1\" }\n");
    append("index.md.mustache", nested(20, "") + "\n"); // 3^20 passes that write nothing
    assertEquals(
        "templates/index.md.mustache:10: error: the templates pass over sections more than"
            + " 1000900 times for this catalog: a section inside a section of the same list"
            + " multiplies [template]\n",
        diagnostics());
  }

  @Test
  void aFileThatGrowsPastItsLimitIsStoppedAtTheLineThatWroteIt() throws IOException {
    catalog =
        Files.writeString(
            folder.resolve("catalog.conf"),
            "namespaces { a.a.tags.x = \"quay.io/a/a:1\", b.b.tags.x = \"quay.io/b/b:1\","
                + " c.c.tags.x = \"quay.io/c/c:1\" }\n");
    append("index.md.mustache", nested(12, "{{catalogFile}}".repeat(200)) + "\n");
    assertEquals(
        "templates/index.md.mustache:10: error: the output passes 64 MiB [template]\n",
        diagnostics());
  }

  @Test
  void aTemplateThatLinksOutsideTheFolderIsNotRead() throws IOException {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "root:$6$hash:19000::::::\n");
    Path index = templates.resolve("index.md.mustache");
    Files.delete(index);
    Files.createSymbolicLink(index, secret);
    String printed = diagnostics();
    assertEquals(
        "templates/index.md.mustache: error: is a link to "
            + secret.toRealPath()
            + ", outside the template folder [templates]\n",
        printed);
  }

  @Test
  void aTemplateThatIsNotUtf8NamesItsFile() throws IOException {
    Files.write(
        templates.resolve("partials/latin1.mustache"),
        new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xe9});
    assertEquals(
        "templates/partials/latin1.mustache:2: error: is not UTF-8 text [templates]\n",
        diagnostics());
  }
}
