package org.imagecatalog.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.Suggestions;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Setting;
import org.imagecatalog.model.TagSettings;
import org.imagecatalog.model.TagSpec;

/** {@code explain}: the effective settings of a stream or tag, and where each came from. */
final class ExplainCommand {
  private static final String ROW = "  %-17s %-45s %s%n";

  private final Invocation invocation;
  private final Reporter reporter;

  ExplainCommand(Invocation invocation, Reporter reporter) {
    this.invocation = invocation;
    this.reporter = reporter;
  }

  ExitCode run() throws org.apache.commons.cli.ParseException {
    if (invocation.arguments().size() != 1) {
      throw new org.apache.commons.cli.ParseException(
          "explain takes one NAMESPACE/NAME[:TAG]");
    }
    String target = invocation.arguments().get(0);
    Result<Catalog> result = Compiler.check(invocation.catalog());
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
      explainTag(stream.get(), tag.get());
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
                s -> Stream.concat(Stream.of(s.target()), s.tags().stream().map(t -> s.target() + ":" + t.name())))
            .toList();
    reporter
        .err()
        .printf(
            "%s: no image stream or tag %s; nearest: %s%n",
            invocation.catalog(),
            target,
            String.join(", ", Suggestions.nearest(target, known, 3)));
    return ExitCode.BAD_INPUT;
  }

  private void explainStream(ImageStream stream) {
    reporter.out().printf("%s  (%s)%n", stream.target(), stream.at());
    row("description", stream.description().isEmpty() ? "(none)" : stream.description(), "");
    row("used-by", stream.usedBy().isEmpty() ? "(none)" : String.join(", ", stream.usedBy()), "");
    row("lookup-local", String.valueOf(stream.lookupLocal()), "");
    row("annotations", stream.annotations().isEmpty() ? "(none)" : stream.annotations().toString(), "");
    row("labels", stream.labels().isEmpty() ? "(none)" : stream.labels().toString(), "");
    for (TagSpec tag : stream.tags()) {
      reporter.out().println();
      explainTag(stream, tag);
    }
  }

  private void explainTag(ImageStream stream, TagSpec tag) {
    TagSettings settings = tag.settings();
    reporter.out().printf("%s:%s  (%s)%n", stream.target(), tag.name(), tag.at());
    row("from", tag.from().toString(), kind(tag));
    row("scheduled", String.valueOf(tag.scheduled()), describe(settings.scheduled()));
    setting("reference-policy", settings.effectiveReferencePolicy().value().wire(),
        settings.effectiveReferencePolicy());
    setting("import-mode", settings.importMode().value().wire(), settings.importMode());
    setting("insecure", settings.insecure().value().toString(), settings.insecure());
    setting("private", settings.privateSource().value().toString(), settings.privateSource());
    row("annotations", tag.annotations().isEmpty() ? "(none)" : tag.annotations().toString(), "");
  }

  private static String kind(TagSpec tag) {
    return tag.from() instanceof org.imagecatalog.model.Source.DockerImage
        ? "DockerImage" : "ImageStreamTag";
  }

  private static String describe(Setting<?> setting) {
    return setting.from().describe();
  }

  private void setting(String name, String value, Setting<?> setting) {
    row(name, value, describe(setting));
  }

  private void row(String name, String value, String origin) {
    reporter.out().printf(ROW, name, value, origin);
  }
}
