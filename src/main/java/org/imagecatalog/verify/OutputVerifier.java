package org.imagecatalog.verify;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
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
    List<Object> documents;
    try {
      documents = YamlDocuments.read(file.text());
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      problems.add(
          Diagnostic.error(
              "output-yaml",
              at,
              "",
              "generated "
                  + file.path()
                  + " is not valid YAML"
                  + (where == null ? "" : " at its line " + where.getLineNr())
                  + ": "
                  + e.getOriginalMessage().lines().findFirst().orElse("").strip()));
      return problems;
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail this way", e);
    }
    Map<String, ImageStream> expected =
        file.streams().stream().collect(Collectors.toMap(ImageStream::target, Function.identity()));
    var seen = new HashSet<String>();
    for (Object document : documents) {
      if (document instanceof Map<?, ?> manifest && "ImageStream".equals(manifest.get("kind"))) {
        String target = target(manifest);
        seen.add(target);
        check(file, manifest, target, expected, at).ifPresent(problems::add);
      } else if (document instanceof Map<?, ?> config
          && config.containsKey(MirrorMapping.SECTION)) {
        checkMapping(file, config.get(MirrorMapping.SECTION), at).ifPresent(problems::add);
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
      RenderedFile file, Object written, SourcePosition at) {
    Map<String, Object> expected = MirrorMapping.of(file.streams());
    // An empty section reads as null: "supplementalCIImages:" with nothing under it.
    Object actual = written == null ? Map.of() : written;
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

  private static String target(Map<?, ?> manifest) {
    Map<?, ?> metadata = manifest.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
    return metadata.get("namespace") + "/" + metadata.get("name");
  }

  private static Optional<Diagnostic> check(
      RenderedFile file,
      Map<?, ?> manifest,
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
