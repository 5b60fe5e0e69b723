package org.imagecatalog.diag;

/** How bad a diagnostic is. Errors stop the pipeline; warnings do too under {@code --strict}. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
