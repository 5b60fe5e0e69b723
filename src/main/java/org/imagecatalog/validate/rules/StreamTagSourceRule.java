package org.imagecatalog.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.validate.Rule;

/**
 * {@code from-tag}: a tag that points at another ImageStreamTag. Its parts must be valid names; it
 * cannot be scheduled, which OpenShift refuses ("only tags pointing to Docker repositories may be
 * scheduled"), nor have an import mode or be insecure, which would be dropped; and a target tag
 * missing from a stream the catalog defines is a warning, since a build may push it.
 */
public final class StreamTagSourceRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    var out = new ArrayList<Diagnostic>();
    catalog
        .imageStreamTags()
        .forEach(
            t -> {
              if (t.tag().from() instanceof Source.StreamTag ref) {
                check(catalog, t.stream(), t.tag(), ref, out);
              }
            });
    return out;
  }

  private static void check(
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
        KubernetesNames.namespace(namespace)
            .map(p -> "namespace \"" + namespace + "\" " + p)
            .or(
                () ->
                    KubernetesNames.imageStream(namespace, name)
                        .map(p -> "stream \"" + name + "\" " + p))
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
    if (tag.settings().scheduled().value()
        && tag.settings().scheduled().from().level() == Level.TAG) {
      out.add(
          Diagnostic.error(
              "from-tag",
              tag.settings().scheduled().from().at(),
              path,
              "scheduled = true on a tag that points at an ImageStreamTag: only tags pointing to"
                  + " external images may be scheduled for import"));
    }
    for (var setting :
        List.of(
            Map.entry("import-mode", tag.settings().importMode()),
            Map.entry("insecure", tag.settings().insecure()))) {
      if (setting.getValue().from().level() == Level.TAG) {
        out.add(
            Diagnostic.error(
                "from-tag",
                setting.getValue().from().at(),
                path,
                setting.getKey()
                    + " on a tag that points at an ImageStreamTag: it imports nothing, so the"
                    + " setting would be dropped; remove it"));
      }
    }
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
