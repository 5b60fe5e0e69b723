package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.validate.Rule;

/**
 * {@code tag-name}: the Docker tag grammar. OpenShift itself checks no pattern on tag names, so a
 * bad one would only fail at import time on the cluster.
 */
public final class TagNameRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    return catalog
        .streams()
        .flatMap(
            stream ->
                stream.tags().stream()
                    .flatMap(
                        tag ->
                            KubernetesNames.tag(tag.name())
                                .map(
                                    problem ->
                                        Diagnostic.error(
                                            "tag-name",
                                            tag.at(),
                                            CatalogPath.of(stream, tag),
                                            "invalid tag name \"" + tag.name() + "\": " + problem))
                                .stream()))
        .toList();
  }
}
