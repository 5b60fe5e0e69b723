package org.imagecatalog.model;

import org.imagecatalog.diag.SourcePosition;

/** Where an effective setting came from: a cascade level and the line that set it. */
public record Provenance(Level level, SourcePosition at) {
  public static final Provenance BUILT_IN = new Provenance(Level.BUILT_IN, SourcePosition.NONE);

  /** For example {@code built-in}, {@code defaults at catalog.conf:3} or {@code catalog.conf:14}. */
  public String describe() {
    return switch (level) {
      case BUILT_IN -> "built-in";
      case TAG -> at.toString();
      default -> level.label() + " at " + at;
    };
  }
}
