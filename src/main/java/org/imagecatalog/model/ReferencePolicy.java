package org.imagecatalog.model;

/** {@code spec.tags[].referencePolicy.type}: where pulls of the tag go. */
public enum ReferencePolicy implements WireValue {
  /** Pull from the original registry (OpenShift's default). */
  SOURCE("Source"),
  /** Pull through the cluster's registry, which holds the credentials a private source needs. */
  LOCAL("Local");

  private final String wire;

  ReferencePolicy(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
