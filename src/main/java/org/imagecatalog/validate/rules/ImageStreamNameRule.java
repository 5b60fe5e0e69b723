package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.validate.Rule;

/**
 * {@code image-stream-name}: OpenShift's ImageStream name rule, stricter than a registry path
 * component ({@code foo--bar} is refused), and at most 255 characters with the namespace. A stream
 * whose tags are all mirror-only is no ImageStream: {@link QciTagRule} checks its targets.
 */
public final class ImageStreamNameRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    return catalog
        .streams()
        .filter(stream -> stream.onCluster().isPresent())
        .flatMap(
            stream ->
                KubernetesNames.imageStream(stream.namespace(), stream.name())
                    .map(
                        problem ->
                            Diagnostic.error(
                                "image-stream-name",
                                stream.at(),
                                CatalogPath.of(stream),
                                "invalid image stream name \""
                                    + stream.name()
                                    + "\": "
                                    + problem
                                    + " (OpenShift's rule for an ImageStream; imagestream ="
                                    + " false would make its tags mirror-only entries)"))
                    .stream())
        .toList();
  }
}
