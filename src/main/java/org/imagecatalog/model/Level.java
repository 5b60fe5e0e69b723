package org.imagecatalog.model;

/** The cascade of settings, from least to most specific. A later level overrides an earlier one. */
public enum Level {
  BUILT_IN("built-in"),
  CATALOG_DEFAULTS("defaults"),
  NAMESPACE_DEFAULTS("namespace defaults"),
  STREAM("image stream"),
  TAG("tag");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
