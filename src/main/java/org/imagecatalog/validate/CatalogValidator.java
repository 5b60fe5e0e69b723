package org.imagecatalog.validate;

import java.util.List;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.validate.rules.DockerImageRepositoryRule;
import org.imagecatalog.validate.rules.DuplicatePullSpecRule;
import org.imagecatalog.validate.rules.ImageStreamNameRule;
import org.imagecatalog.validate.rules.MetadataKeyRule;
import org.imagecatalog.validate.rules.NamespaceNameRule;
import org.imagecatalog.validate.rules.PrivatePolicyRule;
import org.imagecatalog.validate.rules.ScheduledDigestRule;
import org.imagecatalog.validate.rules.StreamTagSourceRule;
import org.imagecatalog.validate.rules.TagNameRule;

/** Runs every rule over a catalog and collects what they find. */
public final class CatalogValidator {
  private static final List<Rule> RULES =
      List.of(
          new NamespaceNameRule(),
          new ImageStreamNameRule(),
          new TagNameRule(),
          new MetadataKeyRule(),
          new PrivatePolicyRule(),
          new StreamTagSourceRule(),
          new ScheduledDigestRule(),
          new DuplicatePullSpecRule(),
          new DockerImageRepositoryRule());

  private CatalogValidator() {}

  /** Rules are independent and read only the immutable model, so they run in parallel. */
  public static Diagnostics validate(Catalog catalog) {
    var diagnostics = new Diagnostics();
    RULES.parallelStream().map(rule -> rule.check(catalog)).toList().forEach(diagnostics::addAll);
    return diagnostics;
  }
}
