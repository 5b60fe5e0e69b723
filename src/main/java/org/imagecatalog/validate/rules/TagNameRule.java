package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.validate.Rule;

/**
 * {@code tag-name}: the Docker tag grammar. OpenShift itself checks no pattern on tag names, so a
 * bad one would only fail at import time on the cluster.
 */
public final class TagNameRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    return catalog
        .imageStreamTags()
        .flatMap(
            t ->
                KubernetesNames.tag(t.tag().name())
                    .map(
                        problem ->
                            Diagnostic.error(
                                "tag-name",
                                t.tag().at(),
                                t.path(),
                                "invalid tag name \"" + t.tag().name() + "\": " + problem))
                    .stream())
        .toList();
  }
}
