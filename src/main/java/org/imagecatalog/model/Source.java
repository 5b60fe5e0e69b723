package org.imagecatalog.model;

/**
 * Where a tag's image comes from: an external image, another tag or image of a stream on the
 * cluster, or nowhere the catalog names (a build or a push fills the tag).
 */
public sealed interface Source
    permits Source.DockerImage, Source.StreamTag, Source.StreamImage, Source.BuildTarget {

  /** {@code from.kind}, or empty for a tag without {@code from}. */
  String kind();

  /** {@code from.name} as OpenShift spells it; empty for a tag without {@code from}. */
  String name();

  /** {@code from.namespace}; empty when the manifest leaves it out (the tag's own namespace). */
  default String namespace() {
    return "";
  }

  /** The source in full: what it leaves out is that of {@code own}, the tag's stream. */
  default Source within(ImageStream own) {
    return this;
  }

  /** {@code from.kind: DockerImage}: an image in an external registry, imported by the cluster. */
  record DockerImage(PullSpec pullSpec) implements Source {
    @Override
    public String kind() {
      return "DockerImage";
    }

    @Override
    public String name() {
      return pullSpec.toString();
    }

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
    @Override
    public StreamTag within(ImageStream own) {
      return new StreamTag(
          namespace.isEmpty() ? own.namespace() : namespace,
          stream.isEmpty() ? own.name() : stream,
          tag);
    }

    @Override
    public String kind() {
      return "ImageStreamTag";
    }

    /** {@code tag} or {@code stream:tag}. */
    @Override
    public String name() {
      return stream.isEmpty() ? tag : stream + ":" + tag;
    }

    @Override
    public String toString() {
      return (namespace.isEmpty() ? "" : namespace + "/") + name();
    }
  }

  /**
   * {@code from.kind: ImageStreamImage}: one image of a stream on the cluster, by digest, written
   * {@code stream@sha256:...} or {@code namespace/stream@sha256:...}.
   *
   * @param namespace the source's namespace; empty means the tag's own
   * @param digest {@code algorithm:hex}, checked as a pull spec's digest is
   */
  record StreamImage(String namespace, String stream, String digest) implements Source {
    /** The image in full: the namespace it leaves out is that of {@code own}. */
    @Override
    public StreamImage within(ImageStream own) {
      return new StreamImage(namespace.isEmpty() ? own.namespace() : namespace, stream, digest);
    }

    @Override
    public String kind() {
      return "ImageStreamImage";
    }

    /** {@code stream@digest}. */
    @Override
    public String name() {
      return stream + "@" + digest;
    }

    @Override
    public String toString() {
      return (namespace.isEmpty() ? "" : namespace + "/") + name();
    }
  }

  /**
   * No {@code from}: the tag is a build's output or a push target, so the cluster imports nothing
   * for it. Written {@code build-target = true}.
   */
  record BuildTarget() implements Source {
    @Override
    public String kind() {
      return "";
    }

    @Override
    public String name() {
      return "";
    }

    @Override
    public String toString() {
      return "(build target)";
    }
  }
}
