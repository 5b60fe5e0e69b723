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
 * @param importModeSet true when the import mode is not OpenShift's default, Legacy
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
        dockerImage && mode != ImportMode.LEGACY,
        dockerImage && tag.settings().insecure().value(),
        tag.referencePolicy().wire(),
        tag.settings().privateSource().value(),
        Entry.of(tag.annotations()),
        !tag.annotations().isEmpty());
  }

  @Override
  public Object variable(String variable) {
    return switch (variable) {
      case "namespace" -> namespace;
      case "stream" -> stream;
      case "name" -> name;
      case "source" -> source;
      case "fromKind" -> fromKind;
      case "fromName" -> fromName;
      case "fromNamespace" -> fromNamespace;
      case "hasFromNamespace" -> hasFromNamespace;
      case "dockerImage" -> dockerImage;
      case "imageStreamTag" -> imageStreamTag;
      case "scheduled" -> scheduled;
      case "importMode" -> importMode;
      case "importModeSet" -> importModeSet;
      case "insecure" -> insecure;
      case "referencePolicy" -> referencePolicy;
      case "privateSource" -> privateSource;
      case "annotations" -> annotations;
      case "hasAnnotations" -> hasAnnotations;
      default -> UNDEFINED;
    };
  }
}
