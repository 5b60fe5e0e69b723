package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.validate.Rule;

/**
 * {@code image-stream-name}: OpenShift's ImageStream name rule, stricter than a registry path
 * component ({@code foo--bar} is refused), and at most 255 characters with the namespace.
 */
public final class ImageStreamNameRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    return catalog
        .streams()
        .flatMap(
            stream ->
                KubernetesNames.imageStream(stream.namespace(), stream.name())
                    .map(
                        problem ->
                            Diagnostic.error(
                                "image-stream-name",
                                stream.at(),
                                CatalogPath.of(stream),
                                "invalid image stream name \"" + stream.name() + "\": " + problem))
                    .stream())
        .toList();
  }
}
