package org.imagecatalog.model;

/** What a tag imports or points at: an external image, or another ImageStreamTag on the cluster. */
public sealed interface Source permits Source.DockerImage, Source.StreamTag {

  /** {@code from.kind: DockerImage}: an image in an external registry, imported by the cluster. */
  record DockerImage(PullSpec pullSpec) implements Source {
    @Override
    public String toString() {
      return pullSpec.toString();
    }
  }

  /**
   * {@code from.kind: ImageStreamTag}: a tag of an image stream on the cluster, written {@code
   * tag}, {@code stream:tag} or {@code namespace/stream:tag}.
   *
   * @param namespace the source's namespace; empty means the tag's own
   * @param stream the source stream; empty means the tag's own
   */
  record StreamTag(String namespace, String stream, String tag) implements Source {
    /** The reference in full: the namespace and stream it leaves out are those of {@code own}. */
    public StreamTag within(ImageStream own) {
      return new StreamTag(
          namespace.isEmpty() ? own.namespace() : namespace,
          stream.isEmpty() ? own.name() : stream,
          tag);
    }

    /** {@code from.name} as OpenShift spells it: {@code tag} or {@code stream:tag}. */
    public String name() {
      return stream.isEmpty() ? tag : stream + ":" + tag;
    }

    @Override
    public String toString() {
      return (namespace.isEmpty() ? "" : namespace + "/") + name();
    }
  }
}
