package org.imagecatalog.render.view;

import java.util.List;
import java.util.Optional;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.ImportMode;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;

/**
 * One tag of a stream.
 *
 * @param source the pull spec, {@code namespace/stream:tag} for an ImageStreamTag, {@code
 *     namespace/stream@digest} for an ImageStreamImage; empty for a build target
 * @param comesFrom where the image comes from, in words, for documentation
 * @param hasFrom the manifest has {@code from}: false only for a build target
 * @param fromKind {@code DockerImage}, {@code ImageStreamTag} or {@code ImageStreamImage}
 * @param fromName {@code from.name} as OpenShift spells it
 * @param fromNamespace {@code from.namespace}; empty unless written in the catalog
 * @param reference {@code reference: true}: pointed at, not imported
 * @param imports the cluster imports the tag, so the manifest has an import policy
 * @param importModeSet true when the manifest says the import mode (all but cluster-default)
 * @param target {@code namespace/stream:tag}
 * @param qciTag the tag's name in QCI, {@code namespace_stream_tag}
 * @param onCluster an ImageStream on the CI cluster holds the tag ({@code imagestream = true})
 * @param mirrored ci-images-mirror copies the tag to QCI: {@code mirror = true}, and not a {@code
 *     from-image}
 * @param destinations where the tag goes, in words, for documentation
 * @param mirrorImage the pull spec the mirror copies, when the source is an external image
 * @param mirrorNamespace the ImageStreamTag the mirror copies otherwise: its namespace, stream and
 *     tag (a build target names itself)
 */
public record TagView(
    String namespace,
    String stream,
    String name,
    String source,
    String comesFrom,
    boolean hasFrom,
    String fromKind,
    String fromName,
    String fromNamespace,
    boolean hasFromNamespace,
    boolean dockerImage,
    boolean imageStreamTag,
    boolean imageStreamImage,
    boolean buildTarget,
    boolean reference,
    boolean imports,
    boolean scheduled,
    String importMode,
    boolean importModeSet,
    boolean insecure,
    String referencePolicy,
    boolean privateSource,
    List<Entry> annotations,
    boolean hasAnnotations,
    String target,
    String qciTag,
    boolean onCluster,
    boolean mirrored,
    String destinations,
    String mirrorImage,
    boolean hasMirrorImage,
    String mirrorNamespace,
    String mirrorName,
    String mirrorTag,
    boolean hasMirrorStreamTag)
    implements TemplateScope {

  private static String source(ImageStream stream, TagSpec tag) {
    return tag.from() instanceof Source.BuildTarget ? "" : tag.from().within(stream).toString();
  }

  private static String comesFrom(TagSpec tag) {
    Source from = tag.from();
    String where =
        from instanceof Source.DockerImage
            ? "outside registry"
            : from instanceof Source.StreamTag
                ? "another image stream"
                : from instanceof Source.StreamImage ? "an image of a stream" : "a build or push";
    return tag.reference() ? where + " (reference, not imported)" : where;
  }

  private static String destinations(boolean onCluster, boolean mirrored) {
    if (onCluster) {
      return mirrored ? "ImageStream and QCI mirror" : "ImageStream only";
    }
    return mirrored ? "QCI mirror only" : "nowhere";
  }

  static TagView of(ImageStream stream, TagSpec tag) {
    Source from = tag.from();
    ImportMode mode = tag.settings().importMode().value();
    var imageStreamTag = new ImageStreamTag(stream, tag);
    Optional<Source> mirror = imageStreamTag.mirrorSource();
    Optional<Source.StreamTag> mirrorTag =
        mirror.filter(Source.StreamTag.class::isInstance).map(Source.StreamTag.class::cast);
    String mirrorImage =
        mirror.filter(Source.DockerImage.class::isInstance).map(Source::name).orElse("");
    return new TagView(
        stream.namespace(),
        stream.name(),
        tag.name(),
        source(stream, tag),
        comesFrom(tag),
        !(from instanceof Source.BuildTarget),
        from.kind(),
        from.name(),
        from.namespace(),
        !from.namespace().isEmpty(),
        from instanceof Source.DockerImage,
        from instanceof Source.StreamTag,
        from instanceof Source.StreamImage,
        from instanceof Source.BuildTarget,
        tag.reference(),
        tag.imports(),
        tag.scheduled(),
        mode.wire(),
        tag.imports() && mode.written(),
        tag.imports() && tag.settings().insecure().value(),
        tag.referencePolicy().wire(),
        tag.settings().privateSource().value(),
        Entry.of(tag.annotations()),
        !tag.annotations().isEmpty(),
        imageStreamTag.target(),
        imageStreamTag.qciTag(),
        tag.onCluster(),
        mirror.isPresent(),
        destinations(tag.onCluster(), mirror.isPresent()),
        mirrorImage,
        !mirrorImage.isEmpty(),
        mirrorTag.map(Source::namespace).orElse(""),
        mirrorTag.map(Source.StreamTag::stream).orElse(""),
        mirrorTag.map(Source.StreamTag::tag).orElse(""),
        mirrorTag.isPresent());
  }

  static final Variables<TagView> VARIABLES =
      Variables.<TagView>builder()
          .add("namespace", TagView::namespace)
          .add("stream", TagView::stream)
          .add("name", TagView::name)
          .add("source", TagView::source)
          .add("comesFrom", TagView::comesFrom)
          .add("hasFrom", TagView::hasFrom)
          .add("fromKind", TagView::fromKind)
          .add("fromName", TagView::fromName)
          .add("fromNamespace", TagView::fromNamespace)
          .add("hasFromNamespace", TagView::hasFromNamespace)
          .add("dockerImage", TagView::dockerImage)
          .add("imageStreamTag", TagView::imageStreamTag)
          .add("imageStreamImage", TagView::imageStreamImage)
          .add("buildTarget", TagView::buildTarget)
          .add("reference", TagView::reference)
          .add("imports", TagView::imports)
          .add("scheduled", TagView::scheduled)
          .add("importMode", TagView::importMode)
          .add("importModeSet", TagView::importModeSet)
          .add("insecure", TagView::insecure)
          .add("referencePolicy", TagView::referencePolicy)
          .add("privateSource", TagView::privateSource)
          .add("annotations", TagView::annotations)
          .add("hasAnnotations", TagView::hasAnnotations)
          .add("target", TagView::target)
          .add("qciTag", TagView::qciTag)
          .add("onCluster", TagView::onCluster)
          .add("mirrored", TagView::mirrored)
          .add("destinations", TagView::destinations)
          .add("mirrorImage", TagView::mirrorImage)
          .add("hasMirrorImage", TagView::hasMirrorImage)
          .add("mirrorNamespace", TagView::mirrorNamespace)
          .add("mirrorName", TagView::mirrorName)
          .add("mirrorTag", TagView::mirrorTag)
          .add("hasMirrorStreamTag", TagView::hasMirrorStreamTag)
          .build();

  @Override
  public Object variable(String name) {
    return VARIABLES.get(this, name);
  }
}
