package org.imagecatalog.render.view;

import java.util.List;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.ImportMode;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;

/**
 * One tag of a stream.
 *
 * @param source the pull spec, or {@code namespace/stream:tag} for an ImageStreamTag
 * @param fromKind {@code DockerImage} or {@code ImageStreamTag}
 * @param fromName {@code from.name} as OpenShift spells it
 * @param fromNamespace {@code from.namespace}; empty unless written in the catalog
 * @param importModeSet true when the manifest says the import mode (all but cluster-default)
 */
public record TagView(
    String namespace,
    String stream,
    String name,
    String source,
    String fromKind,
    String fromName,
    String fromNamespace,
    boolean hasFromNamespace,
    boolean dockerImage,
    boolean imageStreamTag,
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
    return tag.from().toString();
  }

  static TagView of(ImageStream stream, TagSpec tag) {
    boolean dockerImage = tag.from() instanceof Source.DockerImage;
    String fromName = dockerImage ? tag.from().toString() : ((Source.StreamTag) tag.from()).name();
    String fromNamespace = dockerImage ? "" : ((Source.StreamTag) tag.from()).namespace();
    ImportMode mode = tag.settings().importMode().value();
    return new TagView(
        stream.namespace(),
        stream.name(),
        tag.name(),
        source(stream, tag),
        dockerImage ? "DockerImage" : "ImageStreamTag",
        fromName,
        fromNamespace,
        !fromNamespace.isEmpty(),
        dockerImage,
        !dockerImage,
        tag.scheduled(),
        mode.wire(),
        dockerImage && mode.written(),
        dockerImage && tag.settings().insecure().value(),
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
          .add("fromKind", TagView::fromKind)
          .add("fromName", TagView::fromName)
          .add("fromNamespace", TagView::fromNamespace)
          .add("hasFromNamespace", TagView::hasFromNamespace)
          .add("dockerImage", TagView::dockerImage)
          .add("imageStreamTag", TagView::imageStreamTag)
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
