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
 * Parses every YAML output back and compares its ImageStreams, and its ci-images-mirror mapping if
 * it has one, with the model.
 */
public final class OutputVerifier {
  private OutputVerifier() {}

  /**
   * Parses one YAML output back and compares its ImageStreams with the model; other outputs have
   * nothing to verify. Pure, and safe to run for several files at once.
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
          Diagnostic.error(
              "output-yaml",
              at,
              "",
              "generated "
                  + file.path()
                  + " is not valid YAML"
                  + (e.line() == 0 ? "" : " at its line " + e.line())
                  + ": "
                  + e.getMessage()));
      return problems;
    }
    Map<String, ImageStream> expected =
        file.streams().stream().collect(Collectors.toMap(ImageStream::target, Function.identity()));
    var seen = new HashSet<String>();
    for (Value document : documents) {
      Map<String, Value> fields =
          document instanceof ObjectValue object ? object.fields() : Map.of();
      if (text(fields.get("kind")).equals("ImageStream")) {
        String target = target(fields);
        seen.add(target);
        check(file, document, target, expected, at).ifPresent(problems::add);
      } else if (fields.containsKey(MirrorMapping.SECTION)) {
        checkMapping(file, fields.get(MirrorMapping.SECTION), at).ifPresent(problems::add);
      }
    }
    if (!seen.isEmpty()) {
      expected.keySet().stream()
          .filter(target -> !seen.contains(target))
          .sorted()
          .forEach(
              target ->
                  problems.add(
                      Diagnostic.error(
                          "output-imagestream",
                          at,
                          "",
                          "generated " + file.path() + " lacks ImageStream " + target)));
    }
    return problems;
  }

  private static Optional<Diagnostic> checkMapping(
      RenderedFile file, Value written, SourcePosition at) {
    Map<String, Object> expected = MirrorMapping.of(file.streams());
    // An empty section reads as null: "supplementalCIImages:" with nothing under it.
    Value actual =
        written instanceof Value.NullValue
            ? new ObjectValue(new TreeMap<>(), written.at())
            : written;
    return TreeDifference.first(expected, actual, "")
        .map(
            difference ->
                Diagnostic.error(
                    "output-mapping",
                    at,
                    "",
                    MirrorMapping.SECTION
                        + " in generated "
                        + file.path()
                        + " differs from the catalog: "
                        + difference));
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
          Diagnostic.error(
              "output-imagestream",
              at,
              "",
              "generated "
                  + file.path()
                  + " has ImageStream "
                  + target
                  + ", which this output's scope does not include"));
    }
    return TreeDifference.first(ImageStreamManifest.of(stream), manifest, "")
        .map(
            difference ->
                Diagnostic.error(
                    "output-imagestream",
                    at,
                    "",
                    "ImageStream "
                        + target
                        + " in generated "
                        + file.path()
                        + " differs from the catalog: "
                        + difference));
  }
}
