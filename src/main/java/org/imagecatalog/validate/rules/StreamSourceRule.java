package org.imagecatalog.validate.rules;

import java.util.List;
import java.util.Optional;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.validate.TagRule;

/**
 * {@code from-tag} and {@code from-image}: a tag whose source is a stream on the cluster. The names
 * must be valid; a {@code from-tag} naming a tag missing from a stream the catalog defines is a
 * warning, since a build may push it.
 */
public final class StreamSourceRule implements TagRule {
  @Override
  public void check(Catalog catalog, ImageStreamTag t, List<Diagnostic> out) {
    if (t.tag().from() instanceof Source.StreamTag ref) {
      streamTag(catalog, t.stream(), t.tag(), ref, out);
    } else if (t.tag().from() instanceof Source.StreamImage image) {
      streamImage(t.stream(), t.tag(), image, out);
    }
  }

  private static void streamTag(
      Catalog catalog,
      ImageStream stream,
      TagSpec tag,
      Source.StreamTag ref,
      List<Diagnostic> out) {
    String path = CatalogPath.of(stream, tag);
    Source.StreamTag target = ref.within(stream);
    String namespace = target.namespace();
    String name = target.stream();
    Optional<String> problem =
        names(namespace, name)
            .or(() -> KubernetesNames.tag(ref.tag()).map(p -> "tag \"" + ref.tag() + "\" " + p));
    problem.ifPresent(
        p ->
            out.add(
                Diagnostic.error(
                    "from-tag", tag.at(), path, "invalid from-tag \"" + ref + "\": " + p)));
    if (problem.isEmpty() && referencesMissingTag(catalog, namespace, name, ref.tag())) {
      out.add(
          Diagnostic.warning(
              "from-tag",
              tag.at(),
              path,
              "from-tag \""
                  + ref
                  + "\" names "
                  + namespace
                  + "/"
                  + name
                  + ", which the catalog"
                  + " defines without tag \""
                  + ref.tag()
                  + "\"; unless a build pushes it, the"
                  + " tag will stay empty"));
    }
  }

  private static void streamImage(
      ImageStream stream, TagSpec tag, Source.StreamImage image, List<Diagnostic> out) {
    names(image.within(stream).namespace(), image.stream())
        .ifPresent(
            p ->
                out.add(
                    Diagnostic.error(
                        "from-image",
                        tag.at(),
                        CatalogPath.of(stream, tag),
                        "invalid from-image \"" + image + "\": " + p)));
  }

  private static Optional<String> names(String namespace, String stream) {
    return KubernetesNames.namespace(namespace)
        .map(p -> "namespace \"" + namespace + "\" " + p)
        .or(
            () ->
                KubernetesNames.imageStream(namespace, stream)
                    .map(p -> "stream \"" + stream + "\" " + p));
  }

  private static boolean referencesMissingTag(
      Catalog catalog, String namespace, String name, String tagName) {
    return catalog
        .namespace(namespace)
        .flatMap(ns -> ns.stream(name))
        .map(target -> target.tag(tagName).isEmpty())
        .orElse(false);
  }
}
