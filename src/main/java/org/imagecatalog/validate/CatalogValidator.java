package org.imagecatalog.validate;

import java.util.List;
import org.imagecatalog.validate.rules.AnnotationSizeRule;
import org.imagecatalog.validate.rules.DestinationRule;
import org.imagecatalog.validate.rules.DockerImageRepositoryRule;
import org.imagecatalog.validate.rules.DuplicatePullSpecRule;
import org.imagecatalog.validate.rules.IgnoredSettingRule;
import org.imagecatalog.validate.rules.ImageStreamNameRule;
import org.imagecatalog.validate.rules.ImportPolicyRule;
import org.imagecatalog.validate.rules.MetadataKeyRule;
import org.imagecatalog.validate.rules.NamespaceNameRule;
import org.imagecatalog.validate.rules.PrivatePolicyRule;
import org.imagecatalog.validate.rules.QciTagRule;
import org.imagecatalog.validate.rules.StreamSourceRule;
import org.imagecatalog.validate.rules.TagLintRule;
import org.imagecatalog.validate.rules.TagNameRule;
import org.imagecatalog.validate.rules.TextCharactersRule;

/**
 * Every rule a catalog must satisfy. The rules are independent and read only the immutable model,
 * so the pipeline runs them side by side and collects what they find.
 */
public final class CatalogValidator {
  public static final List<Rule> RULES =
      List.of(
          new NamespaceNameRule(),
          new ImageStreamNameRule(),
          new TagNameRule(),
          new QciTagRule(),
          new DestinationRule(),
          new MetadataKeyRule(),
          new AnnotationSizeRule(),
          new TextCharactersRule(),
          new PrivatePolicyRule(),
          new StreamSourceRule(),
          new ImportPolicyRule(),
          new IgnoredSettingRule(),
          new TagLintRule(),
          new DuplicatePullSpecRule(),
          new DockerImageRepositoryRule());

  private CatalogValidator() {}
}
