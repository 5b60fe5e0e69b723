package org.imagecatalog.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.imagecatalog.diag.SourcePosition;

/** One entry of {@code spec.tags}: a tag name, its source and its effective settings. */
public record TagSpec(
    String name,
    SourcePosition at,
    Source from,
    TagSettings settings,
    SortedMap<String, String> annotations) {

  public TagSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(settings, "settings");
    annotations = Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
  }

  /** Only external images are imported on a schedule; OpenShift refuses it for ImageStreamTags. */
  public boolean scheduled() {
    return from instanceof Source.DockerImage && settings.scheduled().value();
  }

  public ReferencePolicy referencePolicy() {
    return settings.effectiveReferencePolicy().value();
  }
}
