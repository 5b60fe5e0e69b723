package org.imagecatalog.validate.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.validate.StreamRule;

/**
 * {@code metadata-key}: annotation and label keys are Kubernetes qualified names, and label values
 * follow the label-value rule, as the API server checks them.
 */
public final class MetadataKeyRule implements StreamRule {
  @Override
  public void check(ImageStream stream, List<Diagnostic> out) {
    annotations(stream.annotations(), stream.at(), () -> CatalogPath.of(stream), out);
    labels(stream, out);
    for (TagSpec tag : stream.tags()) {
      annotations(tag.annotations(), tag.at(), () -> CatalogPath.of(stream, tag), out);
    }
  }

  /**
   * @param path built only for a diagnostic: most tags have no annotations to check
   */
  private static void annotations(
      Map<String, String> annotations,
      SourcePosition at,
      Supplier<String> path,
      List<Diagnostic> out) {
    annotations
        .keySet()
        .forEach(
            key ->
                checkKey(
                    key.toLowerCase(Locale.ROOT),
                    key,
                    at,
                    CatalogPath.join(CatalogPath.join(path.get(), "annotations"), key),
                    "annotation",
                    out));
  }

  private static void labels(ImageStream stream, List<Diagnostic> out) {
    stream
        .labels()
        .forEach(
            (key, value) -> {
              String path =
                  CatalogPath.join(CatalogPath.join(CatalogPath.of(stream), "labels"), key);
              checkKey(key, key, stream.at(), path, "label", out);
              KubernetesNames.labelValue(value)
                  .ifPresent(
                      problem ->
                          out.add(
                              Diagnostic.error(
                                  "metadata-key",
                                  stream.at(),
                                  path,
                                  "invalid label value \"" + value + "\": " + problem)));
            });
  }

  private static void checkKey(
      String checked,
      String key,
      SourcePosition at,
      String path,
      String what,
      List<Diagnostic> out) {
    KubernetesNames.qualifiedName(checked)
        .ifPresent(
            problem ->
                out.add(
                    Diagnostic.error(
                        "metadata-key",
                        at,
                        path,
                        "invalid " + what + " key \"" + key + "\": " + problem)));
  }
}
