package org.imagecatalog.render.view;

import java.util.List;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.TagSpec;

/**
 * One image stream.
 *
 * @param annotations {@code metadata.annotations}: the catalog's annotations plus {@code
 *     openshift.io/description} when the stream has a description
 * @param usedByText the used-by list joined with ", "
 * @param tagNames the tags' names joined with ", ", in tag order
 * @param exampleTag the tag a job would most likely use: {@code latest} if present, else the last
 * @param baseImages the {@code base_images} stanza of a ci-operator configuration that uses the
 *     example tag, as YAML; write it raw, {@code {{{baseImages}}}}
 * @param buildTarget builds push to the stream
 * @param hasSpec the manifest's {@code spec} has a field; false means {@code spec: {}}
 */
public record StreamView(
    String catalogFile,
    String namespace,
    String name,
    String description,
    boolean hasDescription,
    List<String> usedBy,
    String usedByText,
    boolean hasUsedBy,
    List<Entry> annotations,
    boolean hasAnnotations,
    List<Entry> labels,
    boolean hasLabels,
    boolean lookupLocal,
    String dockerImageRepository,
    boolean hasDockerImageRepository,
    List<TagView> tags,
    String tagNames,
    boolean hasTags,
    int tagCount,
    String exampleTag,
    String baseImages,
    boolean buildTarget,
    boolean hasSpec)
    implements TemplateScope {

  public static StreamView of(String catalogFile, ImageStream stream) {
    var annotations = stream.metadataAnnotations();
    String exampleTag = exampleTag(stream.tags());
    return new StreamView(
        catalogFile,
        stream.namespace(),
        stream.name(),
        stream.description(),
        !stream.description().isEmpty(),
        stream.usedBy(),
        String.join(", ", stream.usedBy()),
        !stream.usedBy().isEmpty(),
        Entry.of(annotations),
        !annotations.isEmpty(),
        Entry.of(stream.labels()),
        !stream.labels().isEmpty(),
        stream.lookupLocal(),
        stream.dockerImageRepository(),
        !stream.dockerImageRepository().isEmpty(),
        stream.tags().stream().map(tag -> TagView.of(stream, tag)).toList(),
        String.join(", ", stream.tags().stream().map(TagSpec::name).toList()),
        !stream.tags().isEmpty(),
        stream.tags().size(),
        exampleTag,
        baseImages(stream, exampleTag),
        stream.buildTarget(),
        stream.lookupLocal()
            || !stream.dockerImageRepository().isEmpty()
            || !stream.tags().isEmpty());
  }

  private static String baseImages(ImageStream stream, String tag) {
    return "base_images:\n"
        + "  "
        + YamlScalar.of(stream.name())
        + ":\n"
        + "    namespace: "
        + YamlScalar.of(stream.namespace())
        + "\n"
        + "    name: "
        + YamlScalar.of(stream.name())
        + "\n"
        + "    tag: "
        + YamlScalar.of(tag);
  }

  private static String exampleTag(List<TagSpec> tags) {
    if (tags.isEmpty()) {
      return "";
    }
    return tags.stream()
        .map(TagSpec::name)
        .filter("latest"::equals)
        .findFirst()
        .orElse(tags.get(tags.size() - 1).name());
  }

  static final Variables<StreamView> VARIABLES =
      Variables.<StreamView>builder()
          .add("catalogFile", StreamView::catalogFile)
          .add("namespace", StreamView::namespace)
          .add("name", StreamView::name)
          .add("description", StreamView::description)
          .add("hasDescription", StreamView::hasDescription)
          .add("usedBy", StreamView::usedBy)
          .add("usedByText", StreamView::usedByText)
          .add("hasUsedBy", StreamView::hasUsedBy)
          .add("annotations", StreamView::annotations)
          .add("hasAnnotations", StreamView::hasAnnotations)
          .add("labels", StreamView::labels)
          .add("hasLabels", StreamView::hasLabels)
          .add("lookupLocal", StreamView::lookupLocal)
          .add("dockerImageRepository", StreamView::dockerImageRepository)
          .add("hasDockerImageRepository", StreamView::hasDockerImageRepository)
          .add("tags", StreamView::tags)
          .add("tagNames", StreamView::tagNames)
          .add("hasTags", StreamView::hasTags)
          .add("tagCount", StreamView::tagCount)
          .add("exampleTag", StreamView::exampleTag)
          .add("baseImages", StreamView::baseImages)
          .add("buildTarget", StreamView::buildTarget)
          .add("hasSpec", StreamView::hasSpec)
          .build();

  @Override
  public Object variable(String name) {
    return VARIABLES.get(this, name);
  }
}
