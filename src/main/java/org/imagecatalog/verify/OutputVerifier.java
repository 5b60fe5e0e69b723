package org.imagecatalog.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value;
import org.imagecatalog.load.Value.ObjectValue;
import org.imagecatalog.load.YamlDocuments;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.render.OutputType;
import org.imagecatalog.render.RenderedFile;

/**
 * Parses every YAML output back and accounts for every document in it. An ImageStream output holds
 * exactly the ImageStreams of its scope, each equal to what the model gives, and nothing else: a
 * template can neither drop one nor add a document of another kind, which {@code oc apply -f} would
 * apply as well. A section output holds exactly its one key, equal entry for entry to the catalog.
 */
public final class OutputVerifier {
  private OutputVerifier() {}

  /**
   * The problems of one output; Markdown outputs have nothing to verify. Pure, and safe to run for
   * several files at once.
   *
   * @param templates the template folder, to name the template at fault
   */
  public static List<Diagnostic> verify(RenderedFile file, String templates) {
    if (file.type() != OutputType.YAML) {
      return List.of();
    }
    var problems = new ArrayList<Diagnostic>();
    SourcePosition at = SourcePosition.of(templates + "/" + file.spec().template());
    List<Value> documents;
    try {
      documents = YamlDocuments.read(file.path(), file.text());
    } catch (YamlDocuments.Invalid e) {
      problems.add(
          problem(
              "output-yaml",
              at,
              "generated "
                  + file.path()
                  + " is not valid YAML"
                  + (e.line() == 0 ? "" : " at its line " + e.line())
                  + ": "
                  + e.getMessage()));
      return problems;
    }
    if (file.spec().isSection()) {
      section(file, documents, at).ifPresent(problems::add);
    } else {
      imageStreams(file, documents, at, problems);
    }
    return problems;
  }

  /** The one document of a section output: a mapping of the one key, equal to the catalog. */
  private static Optional<Diagnostic> section(
      RenderedFile file, List<Value> documents, SourcePosition at) {
    String key = file.spec().section();
    Map<String, Value> fields =
        documents.size() == 1 && documents.get(0) instanceof ObjectValue object
            ? object.fields()
            : Map.of();
    if (fields.size() != 1 || !fields.containsKey(key)) {
      return Optional.of(
          problem(
              "output-mapping",
              at,
              "generated "
                  + file.path()
                  + " must hold exactly the key "
                  + key
                  + " (section = "
                  + key
                  + "), holds "
                  + (fields.isEmpty()
                      ? documents.size() + " documents"
                      : "keys " + fields.keySet())));
    }
    return mapping(file, fields.get(key))
        .map(
            difference ->
                problem("output-mapping", at, "in generated " + file.path() + ": " + difference));
  }

  /** How a written {@code supplementalCIImages} differs from what the file's scope mirrors. */
  static Optional<String> mapping(RenderedFile file, Value written) {
    Map<String, Object> expected = MirrorMapping.of(file.streams());
    // An empty section reads as null: "supplementalCIImages:" with nothing under it.
    Value actual =
        written instanceof Value.NullValue
            ? new ObjectValue(new TreeMap<>(), written.at())
            : written;
    return TreeDifference.first(expected, actual, "")
        .map(difference -> MirrorMapping.SECTION + " differs from the catalog: " + difference);
  }

  private static void imageStreams(
      RenderedFile file, List<Value> documents, SourcePosition at, List<Diagnostic> problems) {
    Map<String, ImageStream> expected =
        file.streams().stream().collect(Collectors.toMap(ImageStream::target, Function.identity()));
    var seen = new HashSet<String>();
    for (Value document : documents) {
      Map<String, Value> fields =
          document instanceof ObjectValue object ? object.fields() : Map.of();
      String kind = text(fields.get("kind"));
      if (!kind.equals("ImageStream")) {
        problems.add(
            problem(
                "output-imagestream",
                at,
                "generated "
                    + file.path()
                    + " has a document that is not an ImageStream at its line "
                    + document.at().line()
                    + (kind.isEmpty() ? "" : " (kind " + kind + ")")
                    + ": an ImageStream output holds the catalog's ImageStreams and nothing else"));
        continue;
      }
      String target = target(fields);
      if (!seen.add(target)) {
        problems.add(
            problem(
                "output-imagestream",
                at,
                "generated " + file.path() + " has ImageStream " + target + " twice"));
        continue;
      }
      check(file, document, target, expected, at).ifPresent(problems::add);
    }
    expected.keySet().stream()
        .filter(target -> !seen.contains(target))
        .sorted()
        .forEach(
            target ->
                problems.add(
                    problem(
                        "output-imagestream",
                        at,
                        "generated " + file.path() + " lacks ImageStream " + target)));
  }

  private static String target(Map<String, Value> manifest) {
    Map<String, Value> metadata =
        manifest.get("metadata") instanceof ObjectValue object ? object.fields() : Map.of();
    return text(metadata.get("namespace")) + "/" + text(metadata.get("name"));
  }

  /** A string's text; "" for anything else. */
  private static String text(Value value) {
    return value instanceof Value.StringValue string ? string.text() : "";
  }

  private static Optional<Diagnostic> check(
      RenderedFile file,
      Value manifest,
      String target,
      Map<String, ImageStream> expected,
      SourcePosition at) {
    ImageStream stream = expected.get(target);
    if (stream == null) {
      return Optional.of(
          problem(
              "output-imagestream",
              at,
              "generated "
                  + file.path()
                  + " has ImageStream "
                  + target
                  + ", which this output's scope does not include"));
    }
    return TreeDifference.first(ImageStreamManifest.of(stream), manifest, "")
        .map(
            difference ->
                problem(
                    "output-imagestream",
                    at,
                    "ImageStream "
                        + target
                        + " in generated "
                        + file.path()
                        + " differs from the catalog: "
                        + difference));
  }

  private static Diagnostic problem(String code, SourcePosition at, String message) {
    return Diagnostic.error(code, at, "", message);
  }
}
