package org.imagecatalog.importer;

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
import org.imagecatalog.model.TagSpec;

/**
 * Joins the definitions of one {@code namespace/name} found in several places. Tags that are
 * disjoint or identical merge; a tag defined two different ways, or different stream-level fields,
 * is a conflict naming both files, since picking one would silently drop the other.
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

  private StreamMerger() {}

  static List<ImportedStream> merge(List<ImportedStream> streams, Diagnostics diagnostics) {
    var byTarget = new TreeMap<String, ImportedStream>();
    for (ImportedStream next : streams) {
      ImportedStream earlier = byTarget.get(next.stream().target());
      if (earlier == null) {
        byTarget.put(next.stream().target(), next);
      } else {
        merge(earlier, next, diagnostics).ifPresent(m -> byTarget.put(m.stream().target(), m));
      }
    }
    return List.copyOf(byTarget.values());
  }

  private static Optional<ImportedStream> merge(
      ImportedStream earlier, ImportedStream next, Diagnostics diagnostics) {
    if (earlier.sourcesOnly() && !next.sourcesOnly()) {
      return merge(next, earlier, diagnostics);
    }
    ImageStream a = earlier.stream();
    ImageStream b = next.stream();
    if (!next.sourcesOnly() && !sameStreamFields(a, b)) {
      diagnostics.add(conflict(a, b, "its description, annotations, labels or lookup policy"));
      return Optional.empty();
    }
    var tags = new ArrayList<>(a.tags());
    for (TagSpec tag : b.tags()) {
      Optional<TagSpec> same = a.tag(tag.name());
      if (same.isEmpty()) {
        tags.add(tag);
      } else if (next.sourcesOnly()
          ? !same.get().from().equals(tag.from())
          : !TagShape.of(same.get()).equals(TagShape.of(tag))) {
        diagnostics.add(
            conflict(
                a.target(),
                same.get().at(),
                tag.at(),
                "tag "
                    + tag.name()
                    + " comes from "
                    + same.get().from()
                    + " there and from "
                    + tag.from()
                    + " here"
                    + (same.get().from().equals(tag.from()) ? ", with other settings" : "")));
        return Optional.empty();
      }
    }
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
            earlier.sourcesOnly() && next.sourcesOnly()));
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
