package org.imagecatalog.diag;

/**
 * How bad a diagnostic is. Errors stop the pipeline; warnings do too under {@code --strict}; notes
 * never do.
 */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  /** Information that fails nothing: a document {@code import} skipped, and why. */
  NOTE("note");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
