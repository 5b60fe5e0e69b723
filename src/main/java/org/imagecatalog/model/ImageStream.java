package org.imagecatalog.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.imagecatalog.diag.SourcePosition;

/**
 * One ImageStream: {@code namespace/name} and its tags, in {@link TagOrder}.
 *
 * @param lookupLocal {@code spec.lookupPolicy.local}: short names in the namespace resolve to it
 * @param dockerImageRepository {@code spec.dockerImageRepository}, deprecated: the cluster imports
 *     every tag of this repository; empty when unset
 * @param buildTarget builds push to this stream, so it may list no tags
 */
public record ImageStream(
    String namespace,
    String name,
    SourcePosition at,
    String description,
    List<String> usedBy,
    SortedMap<String, String> annotations,
    SortedMap<String, String> labels,
    boolean lookupLocal,
    String dockerImageRepository,
    boolean buildTarget,
    List<TagSpec> tags) {

  public ImageStream {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(dockerImageRepository, "dockerImageRepository");
    usedBy = List.copyOf(usedBy);
    annotations = SortedCopy.of(annotations);
    labels = SortedCopy.of(labels);
    tags = tags.stream().sorted(TagOrder.BY_NAME).toList();
  }

  /** The annotation OpenShift's console and {@code oc describe} show as the description. */
  public static final String DESCRIPTION_ANNOTATION = "openshift.io/description";

  /** {@code metadata.annotations}: the stream's annotations plus its description, if any. */
  public SortedMap<String, String> metadataAnnotations() {
    if (description.isEmpty()) {
      return annotations;
    }
    var all = new TreeMap<>(annotations);
    all.put(DESCRIPTION_ANNOTATION, description);
    return Collections.unmodifiableSortedMap(all);
  }

  /** {@code namespace/name}, as jobs and the cluster name it. */
  public String target() {
    return namespace + "/" + name;
  }

  public Optional<TagSpec> tag(String tagName) {
    return tags.stream().filter(t -> t.name().equals(tagName)).findFirst();
  }

  /**
   * The ImageStream the cluster gets: this stream with only the tags that go to the cluster; empty
   * when every tag is mirror-only. A stream without tags (a build target) or with a {@code
   * dockerImageRepository} is an ImageStream whatever its tags say.
   */
  public Optional<ImageStream> onCluster() {
    List<TagSpec> kept = tags.stream().filter(TagSpec::onCluster).toList();
    if (kept.size() == tags.size()) {
      return Optional.of(this);
    }
    if (kept.isEmpty() && dockerImageRepository.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ImageStream(
            namespace,
            name,
            at,
            description,
            usedBy,
            annotations,
            labels,
            lookupLocal,
            dockerImageRepository,
            buildTarget,
            kept));
  }
}
