package org.imagecatalog.render.view;

import java.util.List;
import org.imagecatalog.model.ImageStream;
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
    boolean hasAnnotations)
    implements TemplateScope {

  private static String source(ImageStream stream, TagSpec tag) {
    if (tag.from() instanceof Source.StreamTag ref) {
      return ref.within(stream).toString();
    }
    if (tag.from() instanceof Source.StreamImage image) {
      String namespace = image.namespace().isEmpty() ? stream.namespace() : image.namespace();
      return namespace + "/" + image.name();
    }
    return tag.from() instanceof Source.BuildTarget ? "" : tag.from().toString();
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

  static TagView of(ImageStream stream, TagSpec tag) {
    Source from = tag.from();
    ImportMode mode = tag.settings().importMode().value();
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
        !tag.annotations().isEmpty());
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
          .build();

  @Override
  public Object variable(String name) {
    return VARIABLES.get(this, name);
  }
}
