package org.imagecatalog.model;

/** {@code spec.tags[].importPolicy.importMode}: what an import keeps of a manifest list. */
public enum ImportMode implements WireValue {
  /** Keeps one sub-manifest of a manifest list (OpenShift's default). */
  LEGACY("Legacy"),
  /** Keeps the whole manifest list, for multi-architecture images. */
  PRESERVE_ORIGINAL("PreserveOriginal");

  private final String wire;

  ImportMode(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
