package org.imagecatalog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.imagecatalog.CommandLineRun;
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
  static final Path CORPUS =
      Path.of("src/test/resources/org/imagecatalog/corpus/openshift-release");
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
    Map<String, ObjectNode> originals = canonical(inputs);
    assertEquals(90, originals.size(), "ImageStreams in the corpus");
    assertEquals(originals, canonical(List.of(generated.resolve("imagestreams"))));
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
   * The mapping file targets one namespace Kubernetes would refuse ({@code rh_ee_ves}); ci-tools
   * never checks. Import reports it; the rest of the file round-trips: generating the mapping from
   * the imported catalog gives every entry back, source for source.
   */
  @Test
  void theMappingFileRoundTrips() throws IOException {
    Path mapping = CORPUS.resolve("image-mirroring/_config.yaml");
    ObjectNode config = (ObjectNode) YAML.readTree(mapping.toFile());
    ObjectNode entries = (ObjectNode) config.path("supplementalCIImages");
    List<String> refused =
        entries
            .propertyStream()
            .map(Map.Entry::getKey)
            .filter(
                target ->
                    !target
                        .substring(0, target.indexOf('/'))
                        .matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"))
            .toList();
    assertEquals(List.of("rh_ee_ves/aro-hcp-e2e-base:v1.0"), refused);
    entries.remove(refused);
    Path valid = Files.createDirectories(folder.resolve("mapping-input")).resolve("_config.yaml");
    YAML.writeValue(valid.toFile(), config);

    Path generated =
        importAndGenerate(
            List.of(valid),
            "mapping",
            "outputs = [{ template = supplemental-ci-images.yaml.mustache,"
                + " path = \"mirror.yaml\", per = catalog, section = supplementalCIImages }]\n");
    JsonNode produced = YAML.readTree(generated.resolve("mirror.yaml").toFile());
    assertEquals(entries.size(), produced.path("supplementalCIImages").size());
    assertEquals(entries, produced.path("supplementalCIImages"));
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

  /**
   * The README's adoption walk-through on the corpus: import with {@code --list-replaced}, delete
   * the files it lists, generate. Every listed file held ImageStreams only, and every ImageStream
   * they held comes back from the catalog, field for field.
   */
  @Test
  void theAdoptionWalkThroughWorksOnTheCorpus() throws IOException {
    Path repository = folder.resolve("adopting");
    Path images = repository.resolve("supplemental-ci-images");
    CommandLineRun.copyTree(IMAGE_STREAMS, images);
    CommandLineRun run =
        CommandLineRun.of(
            repository,
            "import",
            images.toString(),
            "--output",
            repository.resolve("catalog.conf").toString(),
            "--exclude",
            "coreos/fcos-builroot.yaml",
            "--list-replaced",
            "--quiet");
    assertEquals(0, run.status(), run.err());
    List<Path> replaced = run.out().lines().map(repository::resolve).toList();
    assertFalse(replaced.isEmpty());
    for (Path file : replaced) {
      for (JsonNode document :
          YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll()) {
        JsonNode items =
            document.path("kind").asText().equals("List") ? document.path("items") : null;
        for (JsonNode item : items == null ? List.of(document) : items) {
          assertEquals("ImageStream", item.path("kind").asText(), file + " keeps " + item);
        }
      }
    }
    Map<String, ObjectNode> before = canonical(inputs);
    Map<String, ObjectNode> inReplacedFiles = canonical(replaced);
    for (Path file : replaced) {
      Files.delete(file);
    }
    Path out = repository.resolve("generated");
    var generated =
        TestCompiler.COMPILER.generate(
            repository.resolve("catalog.conf"), Path.of("templates"), out);
    assertTrue(
        generated.ok(), () -> new DiagnosticPrinter(repository).print(generated.diagnostics()));
    Map<String, ObjectNode> after = canonical(List.of(out.resolve("imagestreams")));
    for (String target : inReplacedFiles.keySet()) {
      assertEquals(before.get(target), after.get(target), target);
    }
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

  private static String imported(List<Path> paths) {
    Result<ImportedText> result = Imports.of(paths, false);
    assertTrue(result.ok(), () -> new DiagnosticPrinter(Path.of("")).print(result.diagnostics()));
    return result.get().text();
  }

  private static Path importAndGenerate(List<Path> paths, String name) throws IOException {
    return importAndGenerate(paths, name, "");
  }

  /**
   * @param outputs an {@code outputs} key to add to the imported catalog; empty for the defaults
   */
  private static Path importAndGenerate(List<Path> paths, String name, String outputs)
      throws IOException {
    Path work = Files.createDirectories(folder.resolve(name));
    Path catalog = work.resolve("catalog.conf");
    Files.writeString(catalog, imported(paths) + outputs);
    Path out = work.resolve("generated");
    var generated = TestCompiler.COMPILER.generate(catalog, Path.of("templates"), out);
    assertTrue(generated.ok(), () -> new DiagnosticPrinter(work).print(generated.diagnostics()));
    return out;
  }

  /** Every ImageStream under the paths, by namespace/name, in OpenShift's defaults. */
  static Map<String, ObjectNode> canonical(List<Path> paths) throws IOException {
    Map<String, ObjectNode> streams = new TreeMap<>();
    for (Path path : paths) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      }
      for (Path file : files) {
        for (JsonNode document :
            YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll()) {
          for (JsonNode item :
              document.path("kind").asText().equals("List")
                  ? document.path("items")
                  : List.of(document)) {
            if (item.path("kind").asText().equals("ImageStream")) {
              add(streams, item);
            }
          }
        }
      }
    }
    // A stream without a namespace is applied with oc -n; a catalog cannot place it.
    streams.keySet().removeIf(target -> target.startsWith("/"));
    return streams;
  }

  private static void add(Map<String, ObjectNode> streams, JsonNode manifest) {
    JsonNode metadata = manifest.path("metadata");
    String namespace = metadata.path("namespace").asText();
    String key = namespace + "/" + metadata.path("name").asText();
    ObjectNode stream = streams.computeIfAbsent(key, k -> skeleton(manifest));
    var tags = new TreeMap<String, JsonNode>();
    stream.withArray("/spec/tags").forEach(t -> tags.put(t.path("name").asText(), t));
    for (JsonNode tag : manifest.path("spec").path("tags")) {
      tags.put(text(tag.path("name")), tag(tag, namespace));
    }
    stream.withObject("/spec").putArray("tags").addAll(new ArrayList<>(tags.values()));
  }

  private static ObjectNode skeleton(JsonNode manifest) {
    ObjectNode stream = JSON.objectNode();
    ObjectNode metadata = stream.putObject("metadata");
    metadata.set("name", manifest.path("metadata").path("name"));
    metadata.set("namespace", manifest.path("metadata").path("namespace"));
    metadata.set("annotations", orEmpty(manifest.path("metadata").path("annotations")));
    metadata.set("labels", orEmpty(manifest.path("metadata").path("labels")));
    ObjectNode spec = stream.putObject("spec");
    spec.put(
        "lookupLocal", manifest.path("spec").path("lookupPolicy").path("local").asBoolean(false));
    if (manifest.path("spec").hasNonNull("dockerImageRepository")) {
      spec.set("dockerImageRepository", manifest.path("spec").path("dockerImageRepository"));
    }
    spec.putArray("tags");
    return stream;
  }

  private static JsonNode tag(JsonNode tag, String namespace) {
    ObjectNode out = JSON.objectNode();
    out.put("name", text(tag.path("name")));
    out.set("annotations", orEmpty(tag.path("annotations")));
    out.put("reference", tag.path("reference").asBoolean(false));
    JsonNode from = tag.path("from");
    String kind = from.path("kind").asText();
    if (!kind.isEmpty()) {
      ObjectNode source = out.putObject("from");
      source.put("kind", kind);
      source.put("name", from.path("name").asText());
      if (!kind.equals("DockerImage")) {
        source.put("namespace", from.path("namespace").asText(namespace));
      }
    }
    JsonNode policy = tag.path("importPolicy");
    if (kind.equals("DockerImage") && !tag.path("reference").asBoolean(false)) {
      out.put("scheduled", policy.path("scheduled").asBoolean(false));
      out.put(
          "importMode",
          policy.path("importMode").asText("").isEmpty()
              ? "Legacy"
              : policy.path("importMode").asText());
      out.put("insecure", policy.path("insecure").asBoolean(false));
    }
    out.put("referencePolicy", tag.path("referencePolicy").path("type").asText("Source"));
    return out;
  }

  /** Tag names as written: an unquoted 3.10 in YAML still names the tag "3.10". */
  private static String text(JsonNode node) {
    return node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
  }

  private static JsonNode orEmpty(JsonNode node) {
    return node.isObject() ? node : JSON.objectNode();
  }
}
