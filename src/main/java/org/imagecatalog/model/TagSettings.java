package org.imagecatalog.model;

/**
 * The cascading settings of one tag after the cascade built-in &lt; {@code defaults} &lt; namespace
 * {@code defaults} &lt; stream &lt; tag.
 *
 * @param privateSource the source needs pull credentials, so pulls must go through the cluster
 * @param referencePolicy the policy as written; see {@link #effectiveReferencePolicy()}
 * @param imageStream the tag is imported by an ImageStream on the CI cluster
 * @param mirror the tag has an entry in ci-images-mirror's {@code supplementalCIImages}, which
 *     copies it to QCI
 */
public record TagSettings(
    Setting<Boolean> scheduled,
    Setting<ReferencePolicy> referencePolicy,
    Setting<ImportMode> importMode,
    Setting<Boolean> insecure,
    Setting<Boolean> privateSource,
    Setting<Boolean> imageStream,
    Setting<Boolean> mirror) {

  public static final TagSettings BUILT_IN =
      new TagSettings(
          Setting.builtIn(true),
          Setting.builtIn(ReferencePolicy.SOURCE),
          Setting.builtIn(ImportMode.LEGACY),
          Setting.builtIn(false),
          Setting.builtIn(false),
          Setting.builtIn(true),
          Setting.builtIn(true));

  /**
   * The policy the tag gets. {@code private = true} implies {@code Local} unless a policy is
   * written at the same or a more specific level; writing {@code Source} there is the conflict that
   * validation reports.
   */
  public Setting<ReferencePolicy> effectiveReferencePolicy() {
    boolean privateWins =
        privateSource.value()
            && privateSource.from().level().compareTo(referencePolicy.from().level()) > 0;
    return privateWins
        ? new Setting<>(ReferencePolicy.LOCAL, privateSource.from())
        : referencePolicy;
  }

  /** True when {@code private = true} and {@code reference-policy = Source} meet at one level. */
  public boolean privateConflictsWithPolicy() {
    return privateSource.value()
        && !referencePolicy.isBuiltIn()
        && referencePolicy.value() == ReferencePolicy.SOURCE
        && referencePolicy.from().level().compareTo(privateSource.from().level()) >= 0;
  }

  /** These settings with other destinations: where import found the tag. */
  public TagSettings goingTo(Setting<Boolean> imageStream, Setting<Boolean> mirror) {
    return new TagSettings(
        scheduled, referencePolicy, importMode, insecure, privateSource, imageStream, mirror);
  }
}
