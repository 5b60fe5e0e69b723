package org.imagecatalog.model;

import org.imagecatalog.diag.SourcePosition;

/** Where an effective setting came from: a cascade level and the line that set it. */
public record Provenance(Level level, SourcePosition at) {
  public static final Provenance BUILT_IN = new Provenance(Level.BUILT_IN, SourcePosition.NONE);
}
