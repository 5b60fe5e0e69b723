package org.imagecatalog.model;

import java.util.Optional;

/** One tag together with its stream: {@code namespace/name:tag}, as a job names it. */
public record ImageStreamTag(ImageStream stream, TagSpec tag) {
  /** The longest tag a registry takes, and so the longest QCI tag. */
  public static final int MAX_QCI_TAG_LENGTH = 128;

  public String target() {
    return stream.target() + ":" + tag.name();
  }

  /** The catalog path of the tag, for diagnostics. */
  public String path() {
    return CatalogPath.of(stream, tag);
  }

  /**
   * The tag of this image in QCI, {@code quay.io/openshift/ci:<namespace>_<name>_<tag>}: OpenShift
   * CI keeps every image stream tag its jobs use there under that name.
   */
  public String qciTag() {
    return stream.namespace() + "_" + stream.name() + "_" + tag.name();
  }

  /**
   * Where ci-images-mirror copies this tag from, as an entry of {@code supplementalCIImages}: an
   * external image by its pull spec, a {@code from-tag} by the ImageStreamTag it names, a build
   * target by itself (the build fills it on the cluster). Empty for a tag that says {@code mirror =
   * false}, and for a {@code from-image}: the mirror reads tags, not images by digest.
   */
  public Optional<Source> mirrorSource() {
    if (!tag.settings().mirror().value()) {
      return Optional.empty();
    }
    Source from = tag.from();
    if (from instanceof Source.DockerImage) {
      return Optional.of(from);
    }
    if (from instanceof Source.StreamTag ref) {
      return Optional.of(ref.within(stream));
    }
    return from instanceof Source.BuildTarget
        ? Optional.of(new Source.StreamTag(stream.namespace(), stream.name(), tag.name()))
        : Optional.empty();
  }
}
