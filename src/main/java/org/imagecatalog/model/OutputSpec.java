package org.imagecatalog.model;

import java.util.Objects;
import org.imagecatalog.diag.SourcePosition;

/**
 * One entry of {@code outputs}: render {@code template} once per {@code per} item into the file
 * named by {@code path}, a pattern such as {@code imagestreams/{{namespace}}.yaml}.
 *
 * @param section the one top-level key of a shared YAML file that this output writes, such as
 *     {@code supplementalCIImages} in ci-images-mirror's {@code _config.yaml}; empty when the
 *     output is the whole file
 */
public record OutputSpec(
    String template, String path, Scope per, String section, SourcePosition at) {
  public OutputSpec {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(at, "at");
  }

  /** The section of ci-images-mirror's {@code _config.yaml} that lists the images it copies. */
  public static final String MIRROR_SECTION = "supplementalCIImages";

  /** How many files an output makes: one, one per namespace, or one per image stream. */
  public enum Scope {
    CATALOG,
    NAMESPACE,
    STREAM
  }

  /** True when the output writes one key of a file that holds others, not a file of its own. */
  public boolean isSection() {
    return !section.isEmpty();
  }

  /**
   * The folder this output owns, relative to the output root, ending in '/' ({@code ""} for the
   * root itself): the part of the path pattern before its first tag, cut after the last '/'. Every
   * file the output makes lies below it, so the tool reads and prunes there and nowhere else. A
   * section owns no folder: the file it writes into is shared.
   */
  public String ownedFolder() {
    int variable = path.indexOf("{{");
    String fixed = variable < 0 ? path : path.substring(0, variable);
    return fixed.substring(0, fixed.lastIndexOf('/') + 1);
  }
}
