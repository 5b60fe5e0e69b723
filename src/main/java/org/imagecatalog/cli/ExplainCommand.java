package org.imagecatalog.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.PrintableText;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.diag.Suggestions;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.Provenance;
import org.imagecatalog.model.Setting;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSettings;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.model.WireValue;

/** {@code explain}: the effective settings of a stream or tag, and where each came from. */
record ExplainCommand(Invocation invocation, Reporter reporter, Compiler compiler) {
  private record Row(String name, String value, String origin) {}

  ExitCode run() {
    String target = invocation.arguments().get(0);
    Result<Catalog> result = compiler.load(invocation.catalog());
    if (!result.ok()) {
      reporter.diagnostics(result.diagnostics());
      return ExitCode.BAD_INPUT;
    }
    Catalog catalog = result.get();
    int colon = target.indexOf(':');
    String streamTarget = colon < 0 ? target : target.substring(0, colon);
    Optional<ImageStream> stream =
        catalog.streams().filter(s -> s.target().equals(streamTarget)).findFirst();
    Optional<TagSpec> tag =
        colon < 0 ? Optional.empty() : stream.flatMap(s -> s.tag(target.substring(colon + 1)));
    if (stream.isEmpty() || (colon >= 0 && tag.isEmpty())) {
      return unknown(catalog, target);
    }
    if (tag.isPresent()) {
      var shown = new ImageStreamTag(stream.get(), tag.get());
      print(shown.target(), tag.get().at(), tagRows(tag.get()));
    } else {
      explainStream(stream.get());
    }
    return ExitCode.OK;
  }

  private ExitCode unknown(Catalog catalog, String target) {
    List<String> known =
        catalog
            .streams()
            .flatMap(
                s ->
                    Stream.concat(
                        Stream.of(s.target()),
                        s.tags().stream().map(t -> new ImageStreamTag(s, t).target())))
            .toList();
    reporter.diagnostics(
        List.of(
            Diagnostic.error(
                "explain-target",
                SourcePosition.of(invocation.catalog().toString()),
                "",
                "no image stream or tag "
                    + target
                    + "; nearest: "
                    + String.join(", ", Suggestions.nearest(target, known, 3)))));
    return ExitCode.BAD_INPUT;
  }

  private void explainStream(ImageStream stream) {
    var rows = new ArrayList<Row>();
    rows.add(new Row("description", orNone(stream.description()), ""));
    rows.add(new Row("used-by", orNone(String.join(", ", stream.usedBy())), ""));
    rows.add(new Row("lookup-local", String.valueOf(stream.lookupLocal()), ""));
    if (!stream.dockerImageRepository().isEmpty()) {
      rows.add(new Row("docker-image-repository", stream.dockerImageRepository(), "deprecated"));
    }
    if (stream.buildTarget()) {
      rows.add(new Row("build-target", "true", "builds push to it; it may list no tags"));
    }
    rows.add(new Row("annotations", orNone(stream.annotations()), ""));
    rows.add(new Row("labels", orNone(stream.labels()), ""));
    print(stream.target(), stream.at(), rows);
    for (TagSpec tag : stream.tags()) {
      reporter.out().println();
      print(new ImageStreamTag(stream, tag).target(), tag.at(), tagRows(tag));
    }
  }

  private List<Row> tagRows(TagSpec tag) {
    TagSettings settings = tag.settings();
    String kind = tag.from().kind();
    return List.of(
        new Row(
            "from", tag.from().toString(), kind.isEmpty() ? "a build or a push fills it" : kind),
        new Row("reference", String.valueOf(tag.reference()), ""),
        imported(tag, "scheduled", settings.scheduled()),
        setting("reference-policy", settings.effectiveReferencePolicy()),
        imported(tag, "import-mode", settings.importMode()),
        imported(tag, "insecure", settings.insecure()),
        setting("private", settings.privateSource()),
        setting("imagestream", settings.imageStream()),
        mirror(tag),
        new Row("annotations", orNone(tag.annotations()), ""));
  }

  /** Whether ci-images-mirror copies the tag to QCI; never an image by digest. */
  private Row mirror(TagSpec tag) {
    return tag.from() instanceof Source.StreamImage && tag.settings().mirror().isBuiltIn()
        ? new Row("mirror", "false", "ci-images-mirror copies tags, not images by digest")
        : setting("mirror", tag.settings().mirror());
  }

  /** A setting of the import policy, which the manifest leaves out when nothing is imported. */
  private Row imported(TagSpec tag, String name, Setting<?> setting) {
    return tag.imports()
        ? setting(name, setting)
        : new Row(name, "-", "does not apply: the cluster imports nothing for this tag");
  }

  private Row setting(String name, Setting<?> setting) {
    Object value = setting.value();
    String shown = value instanceof WireValue wire ? wire.wire() : value.toString();
    return new Row(name, shown, origin(setting));
  }

  private String origin(Setting<?> setting) {
    Provenance from = setting.from();
    return switch (from.level()) {
      case BUILT_IN -> "built-in";
      case TAG -> position(from.at());
      default -> from.level().label() + " at " + position(from.at());
    };
  }

  private String position(SourcePosition at) {
    return reporter.printer().show(at);
  }

  private void print(String title, SourcePosition at, List<Row> rows) {
    reporter.out().printf("%s  (%s)%n", PrintableText.of(title), position(at));
    int names = Math.max(17, rows.stream().mapToInt(r -> r.name().length()).max().orElse(0));
    int width = rows.stream().mapToInt(r -> r.value().length()).max().orElse(0);
    for (Row row : rows) {
      String line =
          String.format(
              "  %-" + names + "s %-" + width + "s  %s", row.name(), row.value(), row.origin());
      reporter.out().println(PrintableText.of(line.stripTrailing()));
    }
  }

  private static String orNone(String text) {
    return text.isEmpty() ? "(none)" : text;
  }

  private static String orNone(Map<String, String> map) {
    return orNone(
        String.join(
            ", ", map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
  }
}
