package org.imagecatalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The vendored openshift/release corpus ({@code corpus/README.md}), and the ImageStreams of YAML
 * files in a form two sets of files can be compared in: by {@code namespace/name}, their tags
 * merged across files, every field in OpenShift's defaults.
 */
public final class ImageStreamFiles {
  public static final Path CORPUS =
      Path.of("src/test/resources/org/imagecatalog/corpus/openshift-release");
  static final YAMLMapper YAML = new YAMLMapper();
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ImageStreamFiles() {}

  /** Every ImageStream under the paths, by namespace/name, in OpenShift's defaults. */
  public static Map<String, ObjectNode> canonical(List<Path> paths) throws IOException {
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
