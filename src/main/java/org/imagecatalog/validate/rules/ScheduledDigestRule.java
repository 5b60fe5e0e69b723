package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.Source;
import org.imagecatalog.validate.Rule;

/**
 * {@code scheduled-digest} (warning): a digest never changes, so re-importing it on a schedule only
 * costs registry traffic.
 */
public final class ScheduledDigestRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    return catalog
        .streams()
        .flatMap(
            stream ->
                stream.tags().stream()
                    .filter(
                        tag ->
                            tag.scheduled()
                                && tag.from() instanceof Source.DockerImage image
                                && image.pullSpec().hasDigest())
                    .map(
                        tag ->
                            Diagnostic.warning(
                                    "scheduled-digest",
                                    tag.at(),
                                    CatalogPath.of(stream, tag),
                                    "scheduled import of a digest reference, which never changes;"
                                        + " set scheduled = false")
                                .withNote(
                                    tag.settings().scheduled().from().at(),
                                    "scheduled = true set here ("
                                        + tag.settings().scheduled().from().level().label()
                                        + ")")))
        .toList();
  }
}
