package org.imagecatalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.Provenance;
import org.imagecatalog.model.PullSpec;
import org.imagecatalog.model.Setting;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSettings;
import org.imagecatalog.model.TagSpec;

/**
 * A ci-images-mirror configuration's {@code supplementalCIImages}: {@code namespace/name:tag} to a
 * source, either {@code {image: PULL SPEC}} or an ImageStreamTag {@code {namespace, name, tag}}.
 *
 * <p>A mapping says only where each target comes from, and that the mirror copies it to QCI: its
 * tags are mirror-only ({@code imagestream = false}) with the built-in settings, until an
 * ImageStream manifest names the same tag and source, whose settings then apply and which adds the
 * cluster as a destination. An ImageStreamTag source becomes a {@code from-tag}, or a {@code
 * build-target} when it names the entry's own target. The target's shape is checked as ci-tools
 * checks it, and nothing more: a target is a QCI tag, not a Kubernetes object. The file's other
 * sections (ignoredSources, artImages, ...) configure the mirror, not images, and are listed as
 * skipped: image-catalog writes only its own section back.
 */
final class MappingImporter {
  static final String SECTION = "supplementalCIImages";

  private MappingImporter() {}

  static boolean accepts(Fields document) {
    return document.names().contains(SECTION) && !document.names().contains("kind");
  }

  static List<ImageStream> convert(Document document, Diagnostics diagnostics) {
    Fields root = document.fields(diagnostics);
    for (String section : root.names()) {
      if (!section.equals(SECTION)) {
        diagnostics.add(
            Importer.skipped(
                root.at(section), "section " + section + ": mirror settings, not images"));
      }
    }
    Map<String, List<TagSpec>> tagsByStream = new TreeMap<>();
    Fields entries = root.child(SECTION);
    for (String target : entries.names()) {
      entry(target, entries.child(target), diagnostics)
          .ifPresent(
              tag ->
                  tagsByStream
                      .computeIfAbsent(
                          target.substring(0, target.indexOf(':')), k -> new ArrayList<>())
                      .add(tag));
    }
    var streams = new ArrayList<ImageStream>();
    tagsByStream.forEach(
        (stream, tags) -> {
          int slash = stream.indexOf('/');
          streams.add(
              new ImageStream(
                  stream.substring(0, slash),
                  stream.substring(slash + 1),
                  tags.get(0).at(),
                  "",
                  List.of(),
                  new TreeMap<>(),
                  new TreeMap<>(),
                  false,
                  "",
                  false,
                  tags));
        });
    return streams;
  }

  private static Optional<TagSpec> entry(String target, Fields source, Diagnostics diagnostics) {
    String[] parts = target.split("/", -1);
    String[] nameTag = parts.length == 2 ? parts[1].split(":", -1) : new String[0];
    if (parts.length != 2
        || parts[0].isEmpty()
        || nameTag.length != 2
        || nameTag[0].isEmpty()
        || nameTag[1].isEmpty()) {
      diagnostics.error("import-mapping", source.at(), source.path(), "invalid target: " + target);
      return Optional.empty();
    }
    source.check(Set.of("image", "namespace", "name", "tag"), Set.of(), Set.of("as"));
    Optional<Source> from =
        source.text("image").isPresent()
            ? image(source, source.text("image").get())
            : streamTag(source).map(tag -> builtIfItself(tag, parts[0], nameTag));
    var here = new Provenance(Level.TAG, source.at());
    TagSettings mirrorOnly =
        TagSettings.BUILT_IN.goingTo(new Setting<>(false, here), new Setting<>(true, here));
    return from.map(
        f -> new TagSpec(nameTag[1], source.at(), f, false, mirrorOnly, new TreeMap<>()));
  }

  private static Optional<Source> image(Fields source, String image) {
    try {
      return Optional.of(new Source.DockerImage(PullSpec.parse(image)));
    } catch (PullSpec.InvalidPullSpecException e) {
      source.error("image", "invalid pull spec \"" + image + "\": " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * An entry that names its own target mirrors the tag as it is on the cluster, which a build
   * fills: a build target, which is how the catalog writes such a tag back.
   */
  private static Source builtIfItself(Source.StreamTag source, String namespace, String[] nameTag) {
    boolean itself =
        source.namespace().equals(namespace)
            && source.stream().equals(nameTag[0])
            && source.tag().equals(nameTag[1]);
    return itself ? new Source.BuildTarget() : source;
  }

  private static Optional<Source.StreamTag> streamTag(Fields source) {
    Optional<String> namespace = source.text("namespace");
    Optional<String> name = source.text("name");
    Optional<String> tag = source.text("tag");
    for (var field :
        List.of(
            Map.entry("namespace", namespace), Map.entry("name", name), Map.entry("tag", tag))) {
      if (field.getValue().isEmpty()) {
        source.error(field.getKey(), field.getKey() + " for the source must be set");
      }
    }
    if (namespace.isEmpty() || name.isEmpty() || tag.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Source.StreamTag(namespace.get(), name.get(), tag.get()));
  }
}
