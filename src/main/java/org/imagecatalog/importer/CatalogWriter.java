package org.imagecatalog.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imagecatalog.diag.PrintableText;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.HoconString;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;

/**
 * Writes imported streams as an idiomatic catalog: sorted, each setting's most common value lifted
 * to {@code defaults} (and to a namespace or stream where most of its tags share another), so the
 * catalog states only the exceptions; the short tag form wherever a tag has nothing of its own.
 */
final class CatalogWriter {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Set<String> RESERVED =
      Set.of("include", "true", "false", "null", "defaults");

  /** A cascading setting as the catalog spells it, and the tags it applies to. */
  @SuppressWarnings("ImmutableEnumChecker") // stateless method references: nothing can change
  private enum Knob {
    SCHEDULED("scheduled", "false", TagSpec::imports, t -> String.valueOf(t.scheduled())),
    REFERENCE_POLICY("reference-policy", "Source", t -> true, t -> t.referencePolicy().wire()),
    IMPORT_MODE(
        "import-mode",
        "cluster-default",
        TagSpec::imports,
        t -> t.settings().importMode().value().wire()),
    INSECURE(
        "insecure",
        "false",
        TagSpec::imports,
        t -> String.valueOf(t.settings().insecure().value())),
    IMAGESTREAM("imagestream", "true", t -> true, t -> String.valueOf(t.onCluster())),
    MIRROR("mirror", "true", t -> true, t -> String.valueOf(t.settings().mirror().value()));

    final String key;
    final String openShiftDefault;
    final Predicate<TagSpec> applies;
    final Function<TagSpec, String> value;

    Knob(
        String key,
        String openShiftDefault,
        Predicate<TagSpec> applies,
        Function<TagSpec, String> value) {
      this.key = key;
      this.openShiftDefault = openShiftDefault;
      this.applies = applies;
      this.value = value;
    }
  }

  private final StringBuilder out = new StringBuilder();
  private final List<SourcePosition> origins = new ArrayList<>();
  private final boolean sourceComments;
  private SourcePosition origin = SourcePosition.NONE;

  private CatalogWriter(boolean sourceComments) {
    this.sourceComments = sourceComments;
  }

  /** The catalog's text and the origin of each line. */
  static ImportedText write(
      List<ImportedStream> streams, boolean sourceComments, List<Importer.Output> outputs) {
    var writer = new CatalogWriter(sourceComments);
    writer.catalog(streams);
    writer.outputs(outputs);
    return new ImportedText(writer.out.toString(), writer.origins);
  }

  /** The outputs that put what was read back where it was, one an entry. */
  private void outputs(List<Importer.Output> outputs) {
    if (outputs.isEmpty()) {
      return;
    }
    line(0, "");
    if (sourceComments) {
      line(0, "# Each kind back where it was read from, paths relative to this file's folder:");
      line(0, "# generate --out . from here writes them.");
    }
    line(0, "outputs = [");
    for (Importer.Output output : outputs) {
      line(
          1,
          "{ template = "
              + HoconString.quoted(output.template())
              + ", path = "
              + HoconString.quoted(output.path())
              + ", per = "
              + output.per()
              + (output.section().isEmpty() ? "" : ", section = " + output.section())
              + " }");
    }
    line(0, "]");
  }

  private void catalog(List<ImportedStream> streams) {
    List<TagSpec> all = streams.stream().flatMap(s -> s.stream().tags().stream()).toList();
    Map<Knob, String> defaults = new TreeMap<>();
    for (Knob knob : Knob.values()) {
      defaults.put(knob, common(knob, all, knob.openShiftDefault));
    }
    if (sourceComments) {
      line(0, "# Imported by image-catalog. Review it, then run image-catalog generate.");
    }
    line(0, "defaults {");
    defaults.forEach((knob, value) -> line(1, knob.key + " = " + value));
    line(0, "}");
    line(0, "");
    line(0, "namespaces {");
    Map<String, List<ImportedStream>> byNamespace =
        streams.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.stream().namespace(), TreeMap::new, Collectors.toList()));
    byNamespace.forEach((namespace, members) -> namespace(namespace, members, defaults));
    line(0, "}");
  }

  private void namespace(String name, List<ImportedStream> streams, Map<Knob, String> inherited) {
    // A namespace's own lines are told at the first input that names it.
    origin = streams.get(0).stream().at();
    line(1, key(name) + " {");
    List<TagSpec> tags = streams.stream().flatMap(s -> s.stream().tags().stream()).toList();
    Map<Knob, String> here = lifted(tags, inherited);
    Map<Knob, String> differing = differing(here, inherited);
    if (!differing.isEmpty()) {
      line(2, "defaults {");
      differing.forEach((knob, value) -> line(3, knob.key + " = " + value));
      line(2, "}");
    }
    streams.stream()
        .sorted(Comparator.comparing(s -> s.stream().name()))
        .forEach(s -> stream(s, here));
    line(1, "}");
  }

  private void stream(ImportedStream imported, Map<Knob, String> inherited) {
    ImageStream stream = imported.stream();
    origin = stream.at();
    if (sourceComments) {
      comment(2, "from " + String.join(", ", imported.files()));
    }
    line(2, key(stream.name()) + " {");
    if (!stream.description().isEmpty()) {
      line(3, "description = " + HoconString.quoted(stream.description()));
    }
    map(3, "annotations", stream.annotations());
    map(3, "labels", stream.labels());
    if (stream.lookupLocal()) {
      line(3, "lookup-local = true");
    }
    if (!stream.dockerImageRepository().isEmpty()) {
      line(3, "docker-image-repository = " + HoconString.quoted(stream.dockerImageRepository()));
    }
    if (stream.buildTarget()) {
      line(3, "build-target = true");
    }
    Map<Knob, String> here = lifted(stream.tags(), inherited);
    if (stream.tags().isEmpty()) {
      here.put(Knob.IMAGESTREAM, "true"); // a stream without tags is the cluster's build target
    }
    differing(here, inherited).forEach((knob, value) -> line(3, knob.key + " = " + value));
    if (!stream.tags().isEmpty()) {
      line(3, "tags {");
      stream.tags().forEach(tag -> tag(imported, tag, here));
      line(3, "}");
    }
    line(2, "}");
    origin = SourcePosition.NONE;
  }

  private void tag(ImportedStream imported, TagSpec tag, Map<Knob, String> inherited) {
    SourcePosition streamOrigin = origin;
    origin = tag.at();
    String overruled = imported.overruled().get(tag.name());
    if (overruled != null) {
      comment(4, overruled + ": --prefer chose the other");
    }
    tagLines(tag, inherited);
    origin = streamOrigin;
  }

  private void tagLines(TagSpec tag, Map<Knob, String> inherited) {
    var own = new ArrayList<String>();
    for (Knob knob : Knob.values()) {
      if (knob.applies.test(tag) && !knob.value.apply(tag).equals(inherited.get(knob))) {
        own.add(knob.key + " = " + knob.value.apply(tag));
      }
    }
    boolean external = tag.from() instanceof Source.DockerImage;
    if (external && !tag.reference() && own.isEmpty() && tag.annotations().isEmpty()) {
      line(4, key(tag.name()) + " = " + HoconString.quoted(tag.from().toString()));
      return;
    }
    line(4, key(tag.name()) + " {");
    line(5, source(tag.from()));
    if (tag.reference()) {
      line(5, "reference = true");
    }
    own.forEach(setting -> line(5, setting));
    map(5, "annotations", tag.annotations());
    line(4, "}");
  }

  private static String source(Source from) {
    if (from instanceof Source.BuildTarget) {
      return "build-target = true";
    }
    String key =
        from instanceof Source.DockerImage
            ? "from"
            : from instanceof Source.StreamTag ? "from-tag" : "from-image";
    return key + " = " + HoconString.quoted(from.toString());
  }

  /** Each setting's most common value among these tags, or the inherited one when none apply. */
  private static Map<Knob, String> lifted(List<TagSpec> tags, Map<Knob, String> inherited) {
    Map<Knob, String> values = new TreeMap<>();
    for (Knob knob : Knob.values()) {
      values.put(knob, common(knob, tags, inherited.get(knob)));
    }
    return values;
  }

  private static String common(Knob knob, List<TagSpec> tags, String preferred) {
    Map<String, Long> counts =
        tags.stream()
            .filter(knob.applies)
            .collect(Collectors.groupingBy(knob.value, TreeMap::new, Collectors.counting()));
    long best = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    if (best == 0 || counts.getOrDefault(preferred, 0L) == best) {
      return preferred;
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() == best)
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  private static Map<Knob, String> differing(Map<Knob, String> here, Map<Knob, String> inherited) {
    Map<Knob, String> out = new TreeMap<>();
    here.forEach(
        (knob, value) -> {
          if (!value.equals(inherited.get(knob))) {
            out.put(knob, value);
          }
        });
    return out;
  }

  private void map(int depth, String name, Map<String, String> values) {
    if (values.isEmpty()) {
      return;
    }
    line(depth, name + " {");
    values.forEach(
        (k, v) -> line(depth + 1, HoconString.quoted(k) + " = " + HoconString.quoted(v)));
    line(depth, "}");
  }

  static String key(String name) {
    return PLAIN_KEY.matcher(name).matches() && !RESERVED.contains(name)
        ? name
        : HoconString.quoted(name);
  }

  /**
   * A comment line. What it says may come from a file name or a manifest, so it is data: a line
   * feed or any other control character in it is written as an escape, and cannot end the comment
   * to start HOCON of its own.
   */
  private void comment(int depth, String text) {
    line(depth, "# " + PrintableText.of(text));
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
    origins.add(origin);
  }
}
