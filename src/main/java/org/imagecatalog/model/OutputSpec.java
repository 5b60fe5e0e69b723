package org.imagecatalog.model;

import java.util.Objects;
import org.imagecatalog.diag.SourcePosition;

/**
 * One entry of {@code outputs}: render {@code template} once per {@code per} item into the file
 * named by {@code path}, a pattern such as {@code imagestreams/{{namespace}}.yaml}.
 */
public record OutputSpec(String template, String path, Scope per, SourcePosition at) {
  public OutputSpec {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(at, "at");
  }

  /** How many files an output makes: one, one per namespace, or one per image stream. */
  public enum Scope {
    CATALOG,
    NAMESPACE,
    STREAM
  }
}
