package org.imagecatalog.model;

/**
 * {@code spec.tags[].importPolicy.importMode}: what an import keeps of a manifest list. The catalog
 * writes the mode it means; only {@link #CLUSTER_DEFAULT} leaves the field out, and then the
 * cluster decides (on a multi-architecture cluster that is PreserveOriginal).
 */
public enum ImportMode implements WireValue {
  /** Keeps one sub-manifest of a manifest list. */
  LEGACY("Legacy"),
  /** Keeps the whole manifest list, for multi-architecture images. */
  PRESERVE_ORIGINAL("PreserveOriginal"),
  /** No {@code importMode} in the manifest: whatever the cluster's default is. */
  CLUSTER_DEFAULT("cluster-default");

  private final String wire;

  ImportMode(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** True when the manifest says the mode; false when it leaves it to the cluster. */
  public boolean written() {
    return this != CLUSTER_DEFAULT;
  }
}
