package org.imagecatalog.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * Binds one stream's {@code tags}: the short form {@code name = "pull spec"} and the long form
 * {@code name { from = "pull spec" }} or {@code name { from-tag = "[namespace/]stream:tag" }}.
 */
final class TagBinder {
  private static final Set<String> TAG_KEYS =
      CatalogBinder.union(SettingsReader.KEYS, Set.of("from", "from-tag", "annotations"));
  private static final Pattern STREAM_TAG =
      Pattern.compile("(?:(?<namespace>[^/:@]+)/)?(?:(?<stream>[^/:@]+):)?(?<tag>[^/:@]+)");

  private final Node tags;

  TagBinder(Node tags) {
    this.tags = tags;
  }

  List<TagSpec> tags(TagSettings streamSettings) {
    var out = new ArrayList<TagSpec>();
    for (String name : tags.keys()) {
      tag(name, tags.get(name), streamSettings).ifPresent(out::add);
    }
    if (tags.keys().isEmpty()) {
      tags.diagnostics().error("no-tags", tags.at(), tags.path(), "the image stream has no tags");
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
    return from.map(f -> new TagSpec(name, node.at(), f, settings, annotations));
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
    boolean hasFrom = node.has("from");
    boolean hasFromTag = node.has("from-tag");
    if (hasFrom == hasFromTag) {
      node.diagnostics()
          .error(
              "tag-source",
              node.at(),
              node.path(),
              hasFrom
                  ? "give either \"from\" or \"from-tag\", not both"
                  : "missing \"from\" (a pull spec) or \"from-tag\" (an ImageStreamTag)");
      return Optional.empty();
    }
    return hasFrom
        ? node.string("from")
            .flatMap(text -> pullSpec(node, "from", text))
            .map(Source.DockerImage::new)
        : node.string("from-tag").flatMap(text -> streamTag(node, text));
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
}
