package org.imagecatalog.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value;
import org.imagecatalog.load.Value.ListValue;
import org.imagecatalog.load.Value.ObjectValue;
import org.imagecatalog.load.YamlDocuments;
import org.imagecatalog.render.RenderedFile;

/**
 * ci-images-mirror's configuration file, checked whole as its loader reads it ({@code
 * yaml.UnmarshalStrict} in ci-tools' {@code quay_io_ci_images_distributor}): one document, only the
 * keys it knows (any other fails the whole file), every target {@code namespace/name:tag} with
 * three non-empty parts, every source an image or a whole ImageStreamTag, and the section
 * image-catalog writes equal, entry for entry, to the catalog.
 */
final class MirrorConfig {
  /** The keys of ci-tools' {@code CIImagesMirrorConfig}. */
  static final Set<String> KEYS =
      Set.of(MirrorMapping.SECTION, "qciToAppCIImages", "ignoredSources", "artImages");

  private final String at;
  private final IntUnaryOperator fileLine;
  private final List<Diagnostic> problems = new ArrayList<>();

  private MirrorConfig(String at, IntUnaryOperator fileLine) {
    this.at = at;
    this.fileLine = fileLine;
  }

  /**
   * The problems of the whole file.
   *
   * @param file the rendered section the text was made with, for the entries it must hold
   * @param at the file, as diagnostics name it
   * @param fileLine the line of the file as it is now that a line of the text stands for
   */
  static List<Diagnostic> check(
      String text, RenderedFile file, String at, IntUnaryOperator fileLine) {
    var config = new MirrorConfig(at, fileLine);
    List<Value> documents;
    try {
      documents = YamlDocuments.read(at, text);
    } catch (YamlDocuments.Invalid e) {
      config.problem(e.line(), "is not valid YAML once its section is written: " + e.getMessage());
      return config.problems;
    }
    if (documents.size() != 1 || !(documents.get(0) instanceof ObjectValue root)) {
      config.problem(0, "must hold one YAML document, a mapping: ci-images-mirror reads one");
      return config.problems;
    }
    config.keys(root);
    config.targets(root, MirrorMapping.SECTION);
    config.targets(root, "qciToAppCIImages");
    config.ignoredSources(root);
    Value section = root.fields().get(MirrorMapping.SECTION);
    OutputVerifier.mapping(
            file, section == null ? new ObjectValue(new TreeMap<>(), root.at()) : section)
        .ifPresent(difference -> config.problem(0, difference));
    return config.problems;
  }

  private void keys(ObjectValue root) {
    root.fields()
        .forEach(
            (key, value) -> {
              if (!KEYS.contains(key)) {
                problem(
                    value.at().line(),
                    "has the key "
                        + key
                        + ", which ci-images-mirror does not know: it loads this file strictly, and"
                        + " an unknown key fails the whole file; it knows "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)));
              }
            });
  }

  /** Every key of the section is {@code namespace/name:tag}, as ci-tools checks it. */
  private void targets(ObjectValue root, String section) {
    Value value = root.fields().get(section);
    if (value == null || value instanceof Value.NullValue) {
      return;
    }
    if (!(value instanceof ObjectValue entries)) {
      problem(value.at().line(), section + " must be a mapping of targets");
      return;
    }
    for (Map.Entry<String, Value> entry : entries.fields().entrySet()) {
      if (!isTarget(entry.getKey())) {
        problem(
            entry.getValue().at().line(),
            section
                + " has the invalid target "
                + entry.getKey()
                + ": expected namespace/name:tag");
      } else if (!(entry.getValue() instanceof ObjectValue)) {
        problem(
            entry.getValue().at().line(), section + "." + entry.getKey() + " must be a mapping");
      }
    }
  }

  /** ci-tools' {@code validateTargetISTag}: exactly {@code a/b:c}, no part empty. */
  static boolean isTarget(String key) {
    String[] parts = key.split("/", -1);
    if (parts.length != 2 || parts[0].isEmpty()) {
      return false;
    }
    String[] nameTag = parts[1].split(":", -1);
    return nameTag.length == 2 && !nameTag[0].isEmpty() && !nameTag[1].isEmpty();
  }

  /** Each ignored source names an image, or a whole ImageStreamTag. */
  private void ignoredSources(ObjectValue root) {
    Value value = root.fields().get("ignoredSources");
    if (value == null || value instanceof Value.NullValue) {
      return;
    }
    if (!(value instanceof ListValue list)) {
      problem(value.at().line(), "ignoredSources must be a list");
      return;
    }
    for (Value item : list.items()) {
      Map<String, Value> fields = item instanceof ObjectValue o ? o.fields() : Map.of();
      boolean image = fields.get("image") instanceof Value.StringValue s && !s.text().isEmpty();
      boolean tag =
          fields.containsKey("namespace")
              && fields.containsKey("name")
              && fields.containsKey("tag");
      if (!image && !tag) {
        problem(
            item.at().line(),
            "an entry of ignoredSources names neither an image nor namespace, name and tag");
      }
    }
  }

  private void problem(int line, String message) {
    problems.add(
        Diagnostic.error(
            "output-shared",
            new SourcePosition(at, line <= 0 ? line : fileLine.applyAsInt(line)),
            "",
            message));
  }
}
