package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.TagSettings;
import org.imagecatalog.validate.Rule;

/**
 * {@code private-reference-policy}: a private source needs {@code Local}, so pulls go through the
 * cluster's registry, which holds the credentials. {@code Source} written at the same or a more
 * specific level than {@code private = true} would make every job's pull fail.
 */
public final class PrivatePolicyRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    return catalog
        .imageStreamTags()
        .filter(t -> t.tag().settings().privateConflictsWithPolicy())
        .map(
            t -> {
              TagSettings s = t.tag().settings();
              return Diagnostic.error(
                      "private-reference-policy",
                      s.referencePolicy().from().at(),
                      t.path(),
                      "reference-policy = Source on a private image: jobs could not pull it"
                          + " without credentials; use Local or drop the setting")
                  .withNote(s.privateSource().from().at(), "private = true set here");
            })
        .toList();
  }
}
