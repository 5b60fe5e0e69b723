package org.imagecatalog.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.imagecatalog.Compiler;
import org.imagecatalog.TestCompiler;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.Result;
import org.imagecatalog.importer.ImportRequest;
import org.imagecatalog.render.RenderedFile;
import org.imagecatalog.render.RenderedTree;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated ImageStream against the ImageStream schema of openshift/api's types ({@code
 * schema/README.md} says where it comes from), strictly: a field the schema does not define is an
 * error, as {@code kubectl apply --validate=strict} makes it, although the schema itself would let
 * it pass. The schema has no enums, so the values the API server checks by list are checked here
 * from its validation code.
 */
class ImageStreamSchemaTest {
  static final Path SCHEMA = Path.of("src/test/resources/org/imagecatalog/verify/schema");
  static final Path CASES = Path.of("src/test/resources/org/imagecatalog/cases/valid");
  static final Path CORPUS =
      Path.of(
          "src/test/resources/org/imagecatalog/corpus/openshift-release/supplemental-ci-images");

  /** The values openshift-apiserver's image validation accepts, by field. */
  static final Map<String, Set<String>> ENUMS =
      Map.of(
          "from.kind", Set.of("DockerImage", "ImageStreamTag", "ImageStreamImage"),
          "referencePolicy.type", Set.of("Source", "Local"),
          "importPolicy.importMode", Set.of("Legacy", "PreserveOriginal"));

  @TempDir static Path folder;

  static Stream<String> catalogs() {
    return Stream.of("the repository's catalog", "the features case", "the imported corpus");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogs")
  void everyGeneratedImageStreamFitsTheSchema(String which) throws IOException {
    Result<RenderedTree> tree = TestCompiler.compile(catalog(which), Path.of("templates"));
    assertTrue(tree.ok(), () -> new DiagnosticPrinter(Path.of("")).print(tree.diagnostics()));
    JsonNode schema =
        new ObjectMapper().readTree(SCHEMA.resolve("imagestream.schema.json").toFile());
    var problems = new ArrayList<String>();
    int checked = 0;
    for (RenderedFile file : tree.get().files().values()) {
      if (!file.path().endsWith(".yaml")) {
        continue;
      }
      for (JsonNode document :
          new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(file.text()).readAll()) {
        if (document.path("kind").asText().equals("ImageStream")) {
          StrictSchema.check(schema, schema, document, file.path(), problems);
          enums(document, file.path(), problems);
          checked++;
        }
      }
    }
    assertTrue(checked > 0, "no ImageStream generated from " + which);
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void theCheckFindsWhatTheApiServerWouldRefuse(String manifest, String problem)
      throws IOException {
    JsonNode schema =
        new ObjectMapper().readTree(SCHEMA.resolve("imagestream.schema.json").toFile());
    JsonNode document = new YAMLMapper().readTree(manifest);
    var problems = new ArrayList<String>();
    StrictSchema.check(schema, schema, document, "x.yaml", problems);
    enums(document, "x.yaml", problems);
    assertEquals(List.of(problem), problems);
  }

  static Stream<Arguments> mistakes() {
    String head = "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata: {name: s}\n";
    return Stream.of(
        Arguments.of(
            head + "spec: {lookupPolicy: {locl: true}}\n",
            "x.yaml: spec.lookupPolicy.locl: not a field of the schema"),
        Arguments.of(
            head + "spec: {tags: [{name: t, importPolicy: {scheduled: \"yes\"}}]}\n",
            "x.yaml: spec.tags[0].importPolicy.scheduled: expected boolean, got \"yes\""),
        Arguments.of(
            head + "spec: {tags: [{name: t, referencePolicy: {type: local}}]}\n",
            "x.yaml: spec.tags[0].referencePolicy.type: \"local\" is not one of the API's values"),
        Arguments.of("kind: ImageStream\nmetadata: {name: s}\n", "x.yaml: apiVersion: required"));
  }

  private static Path catalog(String which) throws IOException {
    return switch (which) {
      case "the repository's catalog" -> Path.of("catalog.conf");
      case "the features case" -> CASES.resolve("features/catalog.conf");
      default -> imported();
    };
  }

  private static Path imported() throws IOException {
    Path catalog = folder.resolve("imported.conf");
    var exclude = FileSystems.getDefault().getPathMatcher("glob:coreos/fcos-builroot.yaml");
    Result<Compiler.ImportedCatalog> result =
        TestCompiler.COMPILER.importFrom(
            new ImportRequest(
                List.of(CORPUS), exclude, Optional.empty(), ImportRequest.Prefer.NEITHER, folder),
            new Compiler.ImportOptions(false, false, Optional.of(catalog), false, "imported.conf"));
    assertTrue(result.ok(), () -> new DiagnosticPrinter(folder).print(result.diagnostics()));
    assertTrue(Files.exists(catalog));
    return catalog;
  }

  private static void enums(JsonNode stream, String file, List<String> problems) {
    JsonNode tags = stream.path("spec").path("tags");
    for (int i = 0; i < tags.size(); i++) {
      for (var field : ENUMS.entrySet()) {
        int dot = field.getKey().indexOf('.');
        JsonNode value =
            tags.get(i)
                .path(field.getKey().substring(0, dot))
                .path(field.getKey().substring(dot + 1));
        if (!value.isMissingNode() && !field.getValue().contains(value.asText())) {
          problems.add(
              file
                  + ": spec.tags["
                  + i
                  + "]."
                  + field.getKey()
                  + ": \""
                  + value.asText()
                  + "\" is not one of the API's values");
        }
      }
    }
  }

  /**
   * A JSON Schema walker for the keywords the schema uses ($ref, type, properties,
   * additionalProperties, items, required), strict about fields: an object with properties takes
   * only those, whatever additionalProperties says; a map (additionalProperties a schema) takes any
   * key.
   */
  static final class StrictSchema {
    private StrictSchema() {}

    static void check(
        JsonNode root, JsonNode schema, JsonNode value, String at, List<String> problems) {
      walk(root, schema, value, "", at, problems);
    }

    private static void walk(
        JsonNode root,
        JsonNode schema,
        JsonNode value,
        String path,
        String file,
        List<String> problems) {
      if (schema.has("$ref")) {
        String name = schema.get("$ref").asText().substring("#/definitions/".length());
        walk(root, root.path("definitions").path(name), value, path, file, problems);
        return;
      }
      String type = schema.path("type").asText("");
      if (!type.isEmpty() && !is(type, value)) {
        problems.add(file + ": " + path + ": expected " + type + ", got " + value);
        return;
      }
      if (value.isArray() && schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          walk(root, schema.get("items"), value.get(i), path + "[" + i + "]", file, problems);
        }
      }
      if (!value.isObject()) {
        return;
      }
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.path("additionalProperties");
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        String inner = path.isEmpty() ? name : path + "." + name;
        if (properties.has(name)) {
          walk(root, properties.get(name), value.get(name), inner, file, problems);
        } else if (additional.isObject()) {
          walk(root, additional, value.get(name), inner, file, problems);
        } else if (!properties.isMissingNode()) {
          problems.add(file + ": " + inner + ": not a field of the schema");
        }
      }
      for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (properties.get(name).path("required").asBoolean(false) && !value.has(name)) {
          problems.add(file + ": " + (path.isEmpty() ? name : path + "." + name) + ": required");
        }
      }
    }

    private static boolean is(String type, JsonNode value) {
      return switch (type) {
        case "object" -> value.isObject();
        case "array" -> value.isArray();
        case "string" -> value.isTextual();
        case "boolean" -> value.isBoolean();
        case "integer" -> value.isIntegralNumber();
        case "number" -> value.isNumber();
        default -> true;
      };
    }
  }
}
