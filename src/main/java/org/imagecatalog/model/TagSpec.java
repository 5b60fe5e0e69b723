package org.imagecatalog.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import org.imagecatalog.diag.SourcePosition;

/**
 * One entry of {@code spec.tags}: a tag name, its source and its effective settings.
 *
 * @param reference {@code reference: true}: the tag points at its source without importing it
 * @param acknowledged the codes of the warnings the catalog accepts for this tag ({@code
 *     acknowledge = [mutable-tag]}), so that they neither print nor fail {@code --strict}
 */
public record TagSpec(
    String name,
    SourcePosition at,
    Source from,
    boolean reference,
    TagSettings settings,
    SortedMap<String, String> annotations,
    SortedSet<String> acknowledged) {

  public TagSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(settings, "settings");
    annotations = SortedCopy.of(annotations);
    acknowledged = SortedCopy.of(acknowledged);
  }

  /** A tag that acknowledges no warning, as every imported tag is. */
  public TagSpec(
      String name,
      SourcePosition at,
      Source from,
      boolean reference,
      TagSettings settings,
      SortedMap<String, String> annotations) {
    this(name, at, from, reference, settings, annotations, Collections.emptySortedSet());
  }

  /**
   * True when the cluster imports this tag: an external image not marked {@code reference}, in an
   * ImageStream on the cluster. Only such tags have an import policy; the cluster's image stream
   * controller skips all others, and a mirror-only tag is in no ImageStream.
   */
  public boolean imports() {
    return onCluster() && from instanceof Source.DockerImage && !reference;
  }

  /** Only imports run on a schedule; OpenShift refuses it for ImageStreamTags. */
  public boolean scheduled() {
    return imports() && settings.scheduled().value();
  }

  public ReferencePolicy referencePolicy() {
    return settings.effectiveReferencePolicy().value();
  }

  /** True when an ImageStream on the CI cluster holds this tag ({@code imagestream = true}). */
  public boolean onCluster() {
    return settings.imageStream().value();
  }
}
