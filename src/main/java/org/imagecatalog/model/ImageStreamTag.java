package org.imagecatalog.model;

/** One tag together with its stream: {@code namespace/name:tag}, as a job names it. */
public record ImageStreamTag(ImageStream stream, TagSpec tag) {
  public String target() {
    return stream.target() + ":" + tag.name();
  }

  /** The catalog path of the tag, for diagnostics. */
  public String path() {
    return CatalogPath.of(stream, tag);
  }
}
