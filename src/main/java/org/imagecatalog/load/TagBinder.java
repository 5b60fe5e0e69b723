package org.imagecatalog.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagecatalog.load.Value.ObjectValue;
import org.imagecatalog.load.Value.StringValue;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.PullSpec;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSettings;
import org.imagecatalog.model.TagSpec;

/**
 * Binds one stream's {@code tags}: the short form {@code name = "pull spec"} and the long form with
 * exactly one source: {@code from = "pull spec"}, {@code from-tag = "[namespace/]stream:tag"},
 * {@code from-image = "[namespace/]stream@sha256:..."} or {@code build-target = true}.
 */
final class TagBinder {
  static final String BUILD_TARGET = "build-target";
  private static final List<String> SOURCE_KEYS =
      List.of("from", "from-tag", "from-image", BUILD_TARGET);
  private static final Set<String> TAG_KEYS =
      CatalogBinder.union(
          SettingsReader.KEYS,
          CatalogBinder.union(
              Set.copyOf(SOURCE_KEYS), Set.of("reference", "annotations", "acknowledge")));
  private static final Pattern STREAM_TAG =
      Pattern.compile("(?:(?<namespace>[^/:@]+)/)?(?:(?<stream>[^/:@]+):)?(?<tag>[^/:@]+)");
  private static final Pattern STREAM_IMAGE =
      Pattern.compile("(?:(?<namespace>[^/:@]+)/)?(?<stream>[^/:@]+)@(?<digest>[^/@]+)");

  private final Node tags;

  TagBinder(Node tags) {
    this.tags = tags;
  }

  /**
   * @param buildTarget the stream is a build target, which may list no tags
   */
  List<TagSpec> tags(TagSettings streamSettings, boolean buildTarget) {
    var out = new ArrayList<TagSpec>();
    for (String name : tags.keys()) {
      tag(name, tags.get(name), streamSettings).ifPresent(out::add);
    }
    if (tags.keys().isEmpty() && !buildTarget) {
      tags.diagnostics()
          .error(
              "no-tags",
              tags.at(),
              tags.path(),
              "the image stream has no tags; if builds push to it, say build-target = true");
    }
    return out;
  }

  private Optional<TagSpec> tag(String name, Value value, TagSettings streamSettings) {
    if (value instanceof StringValue text) {
      return pullSpec(tags, name, text.text())
          .map(
              from ->
                  new TagSpec(
                      name,
                      value.at(),
                      new Source.DockerImage(from),
                      false,
                      streamSettings,
                      new TreeMap<>()));
    }
    return tags.asObject(name, value, "a pull spec \"...\" or a tag { from = \"...\" }")
        .flatMap(node -> longForm(name, node, streamSettings));
  }

  private Optional<TagSpec> longForm(String name, Node node, TagSettings streamSettings) {
    if (looksLikeSplitVersion(name, node)) {
      return Optional.empty();
    }
    node.allowOnly(TAG_KEYS, "a tag");
    TagSettings settings = SettingsReader.cascade(streamSettings, node, Level.TAG);
    Optional<Source> from = source(node);
    var annotations = node.stringMap("annotations").orElse(new TreeMap<>());
    boolean reference = node.bool("reference").orElse(false);
    var acknowledged = new TreeSet<>(node.strings("acknowledge").orElse(List.of()));
    return from.map(
        f -> new TagSpec(name, node.at(), f, reference, settings, annotations, acknowledged));
  }

  /** {@code 1.21 = "..."} unquoted makes a tag "1" holding key "21": say so plainly. */
  private boolean looksLikeSplitVersion(String name, Node node) {
    boolean split = node.keys().size() == 1 && Character.isDigit(node.keys().get(0).charAt(0));
    if (split) {
      tags.diagnostics()
          .error(
              "unquoted-tag-name",
              node.at(),
              node.path(),
              "tag \""
                  + name
                  + "\" holds key \""
                  + node.keys().get(0)
                  + "\": HOCON"
                  + " splits unquoted keys at dots, write the tag name in quotes, as \""
                  + joinedName(name, tags.get(name))
                  + "\"");
    }
    return split;
  }

  /** Undoes HOCON's split: follows single-key objects back down to the value. */
  private static String joinedName(String name, Value value) {
    var joined = new StringBuilder(name);
    Value current = value;
    while (current instanceof ObjectValue object
        && object.fields().size() == 1
        && !TAG_KEYS.contains(object.fields().firstKey())) {
      String key = object.fields().firstKey();
      joined.append('.').append(key);
      current = object.fields().get(key);
    }
    return joined.toString();
  }

  private Optional<Source> source(Node node) {
    List<String> given =
        SOURCE_KEYS.stream()
            .filter(node::has)
            .filter(key -> !key.equals(BUILD_TARGET) || node.bool(key).orElse(true))
            .toList();
    if (given.size() != 1) {
      node.diagnostics()
          .error(
              "tag-source",
              node.at(),
              node.path(),
              given.isEmpty()
                  ? "missing a source: \"from\" (a pull spec), \"from-tag\" (an ImageStreamTag),"
                      + " \"from-image\" (an ImageStreamImage) or \"build-target = true\""
                  : "give one source, not " + String.join(" and ", given));
      return Optional.empty();
    }
    return switch (given.get(0)) {
      case "from" ->
          node.string("from")
              .flatMap(text -> pullSpec(node, "from", text))
              .map(Source.DockerImage::new);
      case "from-tag" -> node.string("from-tag").flatMap(text -> streamTag(node, text));
      case "from-image" -> node.string("from-image").flatMap(text -> streamImage(node, text));
      default -> Optional.of(new Source.BuildTarget());
    };
  }

  private static Optional<PullSpec> pullSpec(Node node, String key, String text) {
    try {
      return Optional.of(PullSpec.parse(text));
    } catch (PullSpec.InvalidPullSpecException e) {
      node.diagnostics()
          .error(
              "pull-spec",
              node.at(key),
              node.pathOf(key),
              "invalid pull spec \"" + text + "\": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Source> streamTag(Node node, String text) {
    Matcher m = STREAM_TAG.matcher(text);
    if (!m.matches()) {
      node.diagnostics()
          .error(
              "from-tag",
              node.at("from-tag"),
              node.pathOf("from-tag"),
              "invalid ImageStreamTag \""
                  + text
                  + "\"; expected tag, stream:tag or"
                  + " namespace/stream:tag");
      return Optional.empty();
    }
    return Optional.of(
        new Source.StreamTag(
            Optional.ofNullable(m.group("namespace")).orElse(""),
            Optional.ofNullable(m.group("stream")).orElse(""),
            m.group("tag")));
  }

  private static Optional<Source> streamImage(Node node, String text) {
    Matcher m = STREAM_IMAGE.matcher(text);
    Optional<String> problem =
        m.matches()
            ? PullSpec.digestProblem(m.group("digest"))
            : Optional.of("expected stream@sha256:<64 hex> or namespace/stream@sha256:<64 hex>");
    if (problem.isPresent()) {
      node.diagnostics()
          .error(
              "from-image",
              node.at("from-image"),
              node.pathOf("from-image"),
              "invalid ImageStreamImage \"" + text + "\": " + problem.get());
      return Optional.empty();
    }
    return Optional.of(
        new Source.StreamImage(
            Optional.ofNullable(m.group("namespace")).orElse(""),
            m.group("stream"),
            m.group("digest")));
  }
}
