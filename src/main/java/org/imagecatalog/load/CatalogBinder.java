package org.imagecatalog.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.Suggestions;
import org.imagecatalog.load.Value.ListValue;
import org.imagecatalog.load.Value.ObjectValue;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.Namespace;
import org.imagecatalog.model.OutputSpec;
import org.imagecatalog.model.TagSettings;
import org.imagecatalog.model.TagSpec;

/**
 * Binds the catalog as written ({@link Value}) to the model. Every key is checked against what its
 * place allows, so a typo is an error instead of a silently dropped setting.
 */
final class CatalogBinder {
  static final String DEFAULTS = "defaults";
  private static final String DESCRIPTION = "description";
  private static final String FIX_COMMAND = "fix-command";
  private static final Set<String> ROOT_KEYS =
      Set.of(DEFAULTS, "namespaces", "outputs", "vars", FIX_COMMAND);
  private static final Set<String> STREAM_KEYS =
      union(
          SettingsReader.KEYS,
          Set.of(
              DESCRIPTION,
              "used-by",
              "annotations",
              "labels",
              "lookup-local",
              "docker-image-repository",
              TagBinder.BUILD_TARGET,
              "tags"));
  private static final Set<String> OUTPUT_KEYS = Set.of("template", "path", "per", "section");

  /** The sections of shared files that verification knows entry for entry. */
  private static final Set<String> SECTIONS = Set.of(OutputSpec.MIRROR_SECTION);

  private final Diagnostics diagnostics = new Diagnostics();

  private CatalogBinder() {}

  /**
   * @param fileName the catalog's file name, as generated files name it
   * @param includedFiles the files the catalog includes
   */
  static Result<Catalog> bind(String fileName, List<String> includedFiles, ObjectValue root) {
    return new CatalogBinder().bindRoot(fileName, includedFiles, root);
  }

  private Result<Catalog> bindRoot(
      String fileName, List<String> includedFiles, ObjectValue rootObject) {
    var root = new Node(rootObject, "", diagnostics);
    root.allowOnly(ROOT_KEYS, "the catalog");
    TagSettings catalogDefaults =
        root.object(DEFAULTS)
            .map(d -> defaults(d, TagSettings.BUILT_IN, Level.CATALOG_DEFAULTS))
            .orElse(TagSettings.BUILT_IN);
    List<Namespace> namespaces =
        root.object("namespaces").map(n -> namespaces(n, catalogDefaults)).orElse(List.of());
    if (!root.has("namespaces")) {
      diagnostics.error("no-namespaces", root.at(), "", "the catalog has no \"namespaces\" key");
    }
    List<OutputSpec> outputs = outputs(root.get("outputs"), root);
    String fixCommand = fixCommand(root);
    return Result.of(
        new Catalog(fileName, includedFiles, namespaces, outputs, fixCommand), diagnostics);
  }

  /** The command {@code check} advises: printed to CI logs, so one line of printable text. */
  private String fixCommand(Node root) {
    Optional<String> written = root.string(FIX_COMMAND);
    if (written.isPresent()
        && (written.get().isBlank()
            || written.get().chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
      diagnostics.error(
          "fix-command",
          root.at(FIX_COMMAND),
          FIX_COMMAND,
          "the command check advises must be one line of printable text, such as \"make update\"");
      return Catalog.DEFAULT_FIX_COMMAND;
    }
    return written.orElse(Catalog.DEFAULT_FIX_COMMAND);
  }

  private TagSettings defaults(Node node, TagSettings below, Level level) {
    node.allowOnly(SettingsReader.KEYS, "defaults");
    return SettingsReader.cascade(below, node, level);
  }

  private List<Namespace> namespaces(Node node, TagSettings below) {
    var out = new ArrayList<Namespace>();
    for (String name : node.keys()) {
      node.asObject(name, node.get(name), "an object of image streams")
          .ifPresent(ns -> out.add(namespace(name, ns, below)));
    }
    return out;
  }

  private Namespace namespace(String name, Node node, TagSettings catalogDefaults) {
    TagSettings below =
        node.object(DEFAULTS)
            .map(d -> defaults(d, catalogDefaults, Level.NAMESPACE_DEFAULTS))
            .orElse(catalogDefaults);
    var streams = new ArrayList<ImageStream>();
    for (String key : node.keys()) {
      if (!key.equals(DEFAULTS) && !isDescription(node, key)) {
        node.asObject(key, node.get(key), "an image stream { tags { ... } }")
            .ifPresent(s -> streams.add(stream(name, key, s, below)));
      }
    }
    if (streams.isEmpty()) {
      diagnostics.error("no-streams", node.at(), node.path(), "the namespace has no image streams");
    }
    String description =
        isDescription(node, DESCRIPTION) ? node.string(DESCRIPTION).orElse("") : "";
    return new Namespace(name, node.at(), description, streams);
  }

  /**
   * A namespace's {@code description} is a string; an object under that key is an image stream
   * named "description", which OpenShift allows.
   */
  private static boolean isDescription(Node namespace, String key) {
    return key.equals(DESCRIPTION) && !(namespace.get(key) instanceof ObjectValue);
  }

  private ImageStream stream(String namespace, String name, Node node, TagSettings below) {
    boolean buildTarget = node.bool(TagBinder.BUILD_TARGET).orElse(false);
    if (!node.has("tags") && !node.has("docker-image-repository") && !buildTarget) {
      boolean typo = Suggestions.distance(name, DEFAULTS) <= 2;
      diagnostics.error(
          typo ? "unknown-key" : "no-tags",
          node.at(),
          node.path(),
          typo
              ? "\"" + name + "\" has no tags; did you mean \"" + DEFAULTS + "\"?"
              : "the image stream has no tags; if builds push to it, say build-target = true");
    }
    node.allowOnly(STREAM_KEYS, "an image stream");
    TagSettings streamSettings = SettingsReader.cascade(below, node, Level.STREAM);
    if (!node.has("tags") && !streamSettings.imageStream().value()) {
      diagnostics.error(
          "destination",
          node.at(),
          node.path(),
          "an image stream without tags is a build target on the cluster, so imagestream = false"
              + " leaves nothing of it");
    }
    List<TagSpec> tags =
        node.object("tags")
            .map(t -> new TagBinder(t).tags(streamSettings, buildTarget))
            .orElse(List.of());
    return new ImageStream(
        namespace,
        name,
        node.at(),
        node.string("description").orElse(""),
        node.strings("used-by").orElse(List.of()),
        node.stringMap("annotations").orElse(new TreeMap<>()),
        node.stringMap("labels").orElse(new TreeMap<>()),
        node.bool("lookup-local").orElse(false),
        node.string("docker-image-repository").orElse(""),
        buildTarget,
        tags);
  }

  private List<OutputSpec> outputs(Value value, Node root) {
    if (value == null) {
      return DefaultOutputs.ALL;
    }
    if (!(value instanceof ListValue list)) {
      root.wrongType("outputs", value, "a list of outputs [ { template, path, per } ]");
      return List.of();
    }
    var out = new ArrayList<OutputSpec>();
    for (int i = 0; i < list.items().size(); i++) {
      Value item = list.items().get(i);
      if (item instanceof ObjectValue object) {
        output(root.item("outputs", i, object)).ifPresent(out::add);
      } else {
        diagnostics.error(
            "wrong-type",
            item.at(),
            "outputs[" + i + "]",
            "expected an output { template, path, per }, got " + item.describe());
      }
    }
    return out;
  }

  private Optional<OutputSpec> output(Node node) {
    node.allowOnly(OUTPUT_KEYS, "an output");
    Optional<String> template = required(node, "template");
    Optional<String> path = required(node, "path");
    Optional<OutputSpec.Scope> per = required(node, "per").flatMap(p -> scope(node, p));
    String section = node.string("section").orElse("");
    if (node.has("section") && !SECTIONS.contains(section)) {
      diagnostics.error(
          "unknown-section",
          node.at("section"),
          node.pathOf("section"),
          "image-catalog writes and verifies the section "
              + String.join(", ", SECTIONS)
              + " of a shared file, not \""
              + section
              + "\""
              + Suggestions.hint(section, SECTIONS));
      return Optional.empty();
    }
    if (template.isEmpty() || path.isEmpty() || per.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OutputSpec(template.get(), path.get(), per.get(), section, node.at()));
  }

  private Optional<OutputSpec.Scope> scope(Node node, String text) {
    return Stream.of(OutputSpec.Scope.values())
        .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(text))
        .findFirst()
        .or(
            () -> {
              diagnostics.error(
                  "unknown-per",
                  node.at("per"),
                  node.pathOf("per"),
                  "unknown per \"" + text + "\"; expected catalog | namespace | stream");
              return Optional.empty();
            });
  }

  private Optional<String> required(Node node, String key) {
    if (!node.has(key)) {
      diagnostics.error("missing-key", node.at(), node.path(), "missing \"" + key + "\"");
    }
    return node.string(key);
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }
}
