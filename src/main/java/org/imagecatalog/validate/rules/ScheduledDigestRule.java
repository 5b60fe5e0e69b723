package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.Provenance;
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
        .imageStreamTags()
        .filter(
            t ->
                t.tag().scheduled()
                    && t.tag().from() instanceof Source.DockerImage image
                    && image.pullSpec().hasDigest())
        .map(ScheduledDigestRule::warning)
        .toList();
  }

  private static Diagnostic warning(ImageStreamTag t) {
    var warning =
        Diagnostic.warning(
            "scheduled-digest",
            t.tag().at(),
            t.path(),
            "scheduled import of a digest reference, which never changes; set scheduled = false");
    Provenance from = t.tag().settings().scheduled().from();
    return from.level() == Level.BUILT_IN
        ? warning
        : warning.withNote(from.at(), "scheduled = true set here (" + from.level().label() + ")");
  }
}
