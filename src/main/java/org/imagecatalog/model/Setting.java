package org.imagecatalog.model;

import java.util.Objects;

/** An effective setting and where it came from, so {@code explain} can answer "why this value". */
public record Setting<T>(T value, Provenance from) {
  public Setting {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(from, "from");
  }

  public static <T> Setting<T> builtIn(T value) {
    return new Setting<>(value, Provenance.BUILT_IN);
  }

  public boolean isBuiltIn() {
    return from.level() == Level.BUILT_IN;
  }
}
