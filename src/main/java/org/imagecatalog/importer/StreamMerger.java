package org.imagecatalog.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Setting;
import org.imagecatalog.model.TagSpec;

/**
 * Joins the definitions of one {@code namespace/name} found in several places. Tags that are
 * disjoint or identical merge; a tag defined two different ways, or different stream-level fields,
 * is a conflict naming both places, since picking one would silently drop the other. Between a
 * mapping file and an ImageStream, {@code --prefer} may say which source wins: the tag then goes to
 * both destinations, and the losing source is kept as a comment beside it.
 */
final class StreamMerger {
  /** What must agree for two tags of one name to be the same tag. */
  private record TagShape(
      Object from,
      boolean reference,
      boolean scheduled,
      Object policy,
      Object mode,
      boolean insecure,
      Map<String, String> annotations) {
    static TagShape of(TagSpec tag) {
      return new TagShape(
          tag.from(),
          tag.reference(),
          tag.scheduled(),
          tag.referencePolicy(),
          tag.settings().importMode().value(),
          tag.settings().insecure().value(),
          tag.annotations());
    }
  }

  private final ImportRequest.Prefer prefer;
  private final Diagnostics diagnostics;

  private StreamMerger(ImportRequest.Prefer prefer, Diagnostics diagnostics) {
    this.prefer = prefer;
    this.diagnostics = diagnostics;
  }

  static List<ImportedStream> merge(
      List<ImportedStream> streams, ImportRequest.Prefer prefer, Diagnostics diagnostics) {
    var merger = new StreamMerger(prefer, diagnostics);
    var byTarget = new TreeMap<String, ImportedStream>();
    for (ImportedStream next : streams) {
      ImportedStream earlier = byTarget.get(next.stream().target());
      if (earlier == null) {
        byTarget.put(next.stream().target(), next);
      } else {
        merger.merge(earlier, next).ifPresent(m -> byTarget.put(m.stream().target(), m));
      }
    }
    return List.copyOf(byTarget.values());
  }

  private Optional<ImportedStream> merge(ImportedStream earlier, ImportedStream next) {
    if (earlier.sourcesOnly() && !next.sourcesOnly()) {
      return merge(next, earlier);
    }
    ImageStream a = earlier.stream();
    ImageStream b = next.stream();
    if (!next.sourcesOnly() && !sameStreamFields(a, b)) {
      diagnostics.add(conflict(a, b, "its description, annotations, labels or lookup policy"));
      return Optional.empty();
    }
    Inputs inputs =
        !next.sourcesOnly()
            ? Inputs.MANIFESTS
            : earlier.sourcesOnly() ? Inputs.MAPPINGS : Inputs.MANIFEST_AND_MAPPING;
    var tags = new ArrayList<TagSpec>();
    var overruled = new TreeMap<>(earlier.overruled());
    for (TagSpec tag : a.tags()) {
      Optional<TagSpec> other = b.tag(tag.name());
      if (other.isEmpty()) {
        tags.add(tag);
        continue;
      }
      Optional<TagSpec> joined = join(a, tag, other.get(), inputs, overruled);
      if (joined.isEmpty()) {
        return Optional.empty();
      }
      tags.add(joined.get());
    }
    b.tags().stream().filter(tag -> a.tag(tag.name()).isEmpty()).forEach(tags::add);
    var files = new ArrayList<>(earlier.files());
    next.files().stream().filter(f -> !files.contains(f)).forEach(files::add);
    return Optional.of(
        new ImportedStream(
            new ImageStream(
                a.namespace(),
                a.name(),
                a.at(),
                a.description(),
                a.usedBy(),
                a.annotations(),
                a.labels(),
                a.lookupLocal(),
                a.dockerImageRepository(),
                // A manifest says a stream is a build target only by having nothing else.
                tags.isEmpty() && a.dockerImageRepository().isEmpty(),
                tags),
            files,
            earlier.sourcesOnly() && next.sourcesOnly(),
            overruled));
  }

  /** Which kinds of input name one stream. */
  private enum Inputs {
    /** Two manifests: a tag must be the same in both. */
    MANIFESTS,
    /** Two mapping files: a tag must come from the same source in both. */
    MAPPINGS,
    /**
     * A manifest, and a mapping whose entry adds the mirror to its tag: a source may be preferred.
     */
    MANIFEST_AND_MAPPING
  }

  /**
   * One tag that two inputs name: the same tag, or the tag with the preferred source; empty, after
   * the conflict is reported, when neither may win.
   *
   * @param tag the first input's, the manifest's where a manifest and a mapping meet
   */
  private Optional<TagSpec> join(
      ImageStream stream,
      TagSpec tag,
      TagSpec other,
      Inputs inputs,
      Map<String, String> overruled) {
    boolean sameSource = tag.from().equals(other.from());
    switch (inputs) {
      case MANIFESTS -> {
        if (TagShape.of(tag).equals(TagShape.of(other))) {
          return Optional.of(tag);
        }
      }
      case MAPPINGS -> {
        if (sameSource) {
          return Optional.of(tag);
        }
      }
      case MANIFEST_AND_MAPPING -> {
        Setting<Boolean> mirror = other.settings().mirror();
        if (sameSource || prefer == ImportRequest.Prefer.IMAGESTREAMS) {
          if (!sameSource) {
            overruled.put(tag.name(), said("the mapping", other));
          }
          return Optional.of(withMirror(tag, tag, mirror));
        }
        if (prefer == ImportRequest.Prefer.MAPPING) {
          overruled.put(tag.name(), said("the ImageStream", tag));
          return Optional.of(withMirror(tag, other, mirror));
        }
      }
    }
    diagnostics.add(
        conflict(
            stream.target(),
            tag.at(),
            other.at(),
            "tag "
                + tag.name()
                + " comes from "
                + tag.from()
                + " there and from "
                + other.from()
                + " here"
                + (sameSource ? ", with other settings" : "")
                + (inputs == Inputs.MANIFEST_AND_MAPPING
                    ? "; say which wins with --prefer mapping or --prefer imagestreams"
                    : "")));
    return Optional.empty();
  }

  /** The manifest's tag with the source of {@code source}, mirrored as well. */
  private static TagSpec withMirror(TagSpec tag, TagSpec source, Setting<Boolean> mirror) {
    return new TagSpec(
        tag.name(),
        tag.at(),
        source.from(),
        tag.reference(),
        tag.settings().goingTo(tag.settings().imageStream(), mirror),
        tag.annotations(),
        tag.acknowledged());
  }

  /** What an input said of a tag, for the comment that keeps it: {@code _config.yaml:638}. */
  private static String said(String input, TagSpec tag) {
    Path file = Path.of(tag.at().file()).getFileName();
    return input
        + " ("
        + (file == null ? tag.at().file() : file)
        + ":"
        + tag.at().line()
        + ") gave "
        + tag.from();
  }

  private static boolean sameStreamFields(ImageStream a, ImageStream b) {
    return a.description().equals(b.description())
        && a.annotations().equals(b.annotations())
        && a.labels().equals(b.labels())
        && a.lookupLocal() == b.lookupLocal()
        && Objects.equals(a.dockerImageRepository(), b.dockerImageRepository());
  }

  private static Diagnostic conflict(ImageStream a, ImageStream b, String what) {
    return conflict(a.target(), a.at(), b.at(), what + " differs");
  }

  /**
   * Two definitions that cannot both hold, told at the later with a note at the earlier: the user
   * changes one of the two places (a tag, or a mapping entry) or leaves a file out.
   */
  private static Diagnostic conflict(
      String target, SourcePosition earlier, SourcePosition later, String what) {
    return Diagnostic.error(
            "import-conflict",
            later,
            "",
            "ImageStream "
                + target
                + " is defined twice, differently: "
                + what
                + "; change one of the two so they agree, or leave a file out with --exclude")
        .withNote(earlier, "the other definition");
  }
}
