package org.imagecatalog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.imagecatalog.CommandLineRun;
import org.imagecatalog.ImageStreamFiles;
import org.imagecatalog.TestCompiler;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real ImageStreams of the vendored corpus ({@code corpus/README.md}): import, then generate,
 * must give ImageStreams equal to the originals, field for field, where a field left out equals
 * OpenShift's default. The corpus's one conflicting file is left out here; {@link
 * #theCorpusConflictIsCaught} shows it is caught.
 */
class CorpusRoundTripTest {
  static final Path CORPUS = ImageStreamFiles.CORPUS;
  static final Path IMAGE_STREAMS = CORPUS.resolve("supplemental-ci-images");
  static final Path CONFLICTING = IMAGE_STREAMS.resolve("coreos/fcos-builroot.yaml");
  static final YAMLMapper YAML = new YAMLMapper();
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @TempDir static Path folder;
  static List<Path> inputs;

  @BeforeAll
  static void corpusIsThere() throws IOException {
    assertTrue(
        Files.isDirectory(IMAGE_STREAMS), "the corpus is expected at " + CORPUS.toAbsolutePath());
    try (Stream<Path> files = Files.walk(IMAGE_STREAMS)) {
      inputs =
          files
              .filter(f -> f.toString().endsWith(".yaml") && !f.equals(CONFLICTING))
              .sorted()
              .toList();
    }
  }

  @Test
  void importThenGenerateReproducesEveryImageStream() throws IOException {
    Path generated = importAndGenerate(inputs, "first");
    Map<String, ObjectNode> originals = ImageStreamFiles.canonical(inputs);
    assertEquals(90, originals.size(), "ImageStreams in the corpus");
    assertEquals(originals, ImageStreamFiles.canonical(List.of(generated.resolve("imagestreams"))));
  }

  @Test
  void importingTheGeneratedStreamsGivesTheSameCatalog() throws IOException {
    Path generated = importAndGenerate(inputs, "again");
    String first = imported(inputs);
    String second = imported(List.of(generated.resolve("imagestreams")));
    assertEquals(first, second);
  }

  @Test
  void theCorpusConflictIsCaught() {
    Result<ImportedText> result = Imports.of(List.of(IMAGE_STREAMS), false);
    String printed = new DiagnosticPrinter(Path.of("")).print(result.diagnostics());
    assertTrue(
        printed.contains("ImageStream coreos/fcos-buildroot is defined twice, differently"),
        printed);
    assertTrue(
        printed.contains("fcos-builroot.yaml") && printed.contains("fcos-buildroot.yaml"), printed);
    assertTrue(printed.contains("tag testing-devel"), printed);
  }

  /**
   * The real mapping file, whole: every entry comes back, the one whose namespace Kubernetes would
   * refuse ({@code rh_ee_ves}, a QCI name: ci-tools checks only the target's shape) included, as a
   * mirror-only tag. Generating the section into a copy of the file gives every entry back, source
   * for source, and leaves the file's other sections as they were, byte for byte.
   */
  @Test
  void theMappingFileRoundTrips() throws IOException {
    Path mapping = CORPUS.resolve("image-mirroring/_config.yaml");
    ObjectNode config = (ObjectNode) YAML.readTree(mapping.toFile());
    ObjectNode entries = (ObjectNode) config.path("supplementalCIImages");
    assertTrue(entries.has("rh_ee_ves/aro-hcp-e2e-base:v1.0"));
    Path work = Files.createDirectories(folder.resolve("mapping"));
    Path copy = Files.createDirectories(work.resolve("mirror")).resolve("_config.yaml");
    Files.copy(mapping, copy);
    Result<ImportedText> result =
        Imports.of(
            new ImportRequest(
                List.of(copy), path -> false, Optional.empty(), ImportRequest.Prefer.NEITHER, work),
            false);
    assertTrue(result.ok(), () -> new DiagnosticPrinter(work).print(result.diagnostics()));
    Path catalog = Files.writeString(work.resolve("catalog.conf"), result.get().text());
    assertTrue(
        result.get().text().contains("path = \"mirror/_config.yaml\", per = catalog, section ="),
        "the section goes back into the file it was read from");
    var generated = TestCompiler.COMPILER.generate(catalog, Path.of("templates"), work);
    assertTrue(generated.ok(), () -> new DiagnosticPrinter(work).print(generated.diagnostics()));
    JsonNode produced = YAML.readTree(copy.toFile());
    assertEquals(entries.size(), produced.path("supplementalCIImages").size());
    assertEquals(entries, produced.path("supplementalCIImages"));
    String before = Files.readString(mapping);
    String after = Files.readString(copy);
    assertEquals(
        before.substring(before.indexOf("# Backfill from QCI")),
        after.substring(after.indexOf("# Backfill from QCI")),
        "the other sections, and the comment above the next key, are the file's own");
  }

  /** The README's adoption command, with the corpus's one conflicting file left out by a glob. */
  @Test
  void excludingTheConflictingFileImportsTheWholeFolder() {
    var exclude = FileSystems.getDefault().getPathMatcher("glob:coreos/fcos-builroot.yaml");
    Result<ImportedText> result = Imports.of(List.of(IMAGE_STREAMS), true, exclude);
    assertTrue(result.ok(), () -> new DiagnosticPrinter(Path.of("")).print(result.diagnostics()));
    String printed = new DiagnosticPrinter(Path.of("")).print(result.diagnostics());
    assertTrue(
        printed.contains("fcos-builroot.yaml: note: skipped: excluded by --exclude"), printed);
  }

  /** Source comments name files below the import root: the same tree gives the same bytes. */
  @Test
  void importingTheSameTreeFromTwoFoldersGivesTheSameBytes() throws IOException {
    var texts = new java.util.ArrayList<String>();
    for (String place : List.of("here", "elsewhere/deeper")) {
      Path copy = folder.resolve(place).resolve("supplemental-ci-images");
      CommandLineRun.copyTree(IMAGE_STREAMS, copy);
      Files.delete(copy.resolve("coreos/fcos-builroot.yaml"));
      Result<ImportedText> result = Imports.of(List.of(copy), true);
      assertTrue(result.ok(), () -> new DiagnosticPrinter(Path.of("")).print(result.diagnostics()));
      texts.add(result.get().text());
    }
    assertEquals(texts.get(0), texts.get(1));
    assertTrue(texts.get(0).contains("# from supplemental-ci-images/boskos.yaml"), texts.get(0));
  }

  /** The catalog's text, written where no input lies: it has the default outputs. */
  private static String imported(List<Path> paths) throws IOException {
    Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    Result<ImportedText> result =
        Imports.of(
            new ImportRequest(
                paths, path -> false, Optional.empty(), ImportRequest.Prefer.NEITHER, elsewhere),
            false);
    assertTrue(result.ok(), () -> new DiagnosticPrinter(Path.of("")).print(result.diagnostics()));
    return result.get().text();
  }

  /** The paths imported with the default outputs, generated into {@code generated/}. */
  private static Path importAndGenerate(List<Path> paths, String name) throws IOException {
    Path work = Files.createDirectories(folder.resolve(name));
    Path catalog = work.resolve("catalog.conf");
    Files.writeString(catalog, imported(paths));
    Path out = work.resolve("generated");
    var generated = TestCompiler.COMPILER.generate(catalog, Path.of("templates"), out);
    assertTrue(generated.ok(), () -> new DiagnosticPrinter(work).print(generated.diagnostics()));
    return out;
  }
}
