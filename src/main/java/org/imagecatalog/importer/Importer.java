package org.imagecatalog.importer;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value;

/**
 * Reads ImageStream manifests and mapping files and writes them as one catalog. Other kinds are
 * skipped and listed, so nothing is dropped without being named.
 */
public final class Importer {
  /** The code of the notes that name what was deliberately left out. */
  public static final String SKIPPED = "import-skipped";

  private Importer() {}

  /** What the inputs hold, merged into streams, and the files a catalog of them replaces whole. */
  public static final class Inputs {
    private final List<ImportedStream> streams;
    private final Set<String> replaced;

    private Inputs(List<ImportedStream> streams, Set<String> replaced) {
      this.streams = List.copyOf(streams);
      this.replaced = Set.copyOf(replaced);
    }
  }

  /**
   * The catalog's text for what was read.
   *
   * @param acknowledged the warning codes to write as {@code acknowledge = [...]}, by the catalog
   *     path of the tag ({@code namespaces.ci.boskos.tags.latest})
   */
  public static ImportedText write(
      Inputs inputs, boolean sourceComments, Map<String, ? extends Set<String>> acknowledged) {
    return CatalogWriter.write(inputs.streams, sourceComments, inputs.replaced, acknowledged);
  }

  /** Reads and merges the inputs, without the files of a folder argument that match. */
  public static Result<Inputs> read(List<Path> paths, PathMatcher exclude) {
    var diagnostics = new Diagnostics();
    var streams = new ArrayList<ImportedStream>();
    var replaced = new TreeSet<String>();
    for (Document document : ManifestReader.read(paths, exclude, diagnostics)) {
      streams.addAll(streams(document, diagnostics));
      replaced.add(document.at().file());
    }
    // A file that keeps anything the catalog does not hold stays, and so does a file with errors.
    for (Diagnostic diagnostic : diagnostics.sorted()) {
      if (diagnostic.isError() || diagnostic.code().equals(SKIPPED)) {
        replaced.remove(diagnostic.at().file());
      }
    }
    List<ImportedStream> merged = StreamMerger.merge(streams, diagnostics);
    if (merged.isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.error("import-empty", SourcePosition.NONE, "", "the inputs hold no ImageStream");
    }
    return Result.of(new Inputs(merged, replaced), diagnostics);
  }

  private static List<ImportedStream> streams(Document document, Diagnostics diagnostics) {
    List<String> file = List.of(document.source());
    Fields root = document.fields(diagnostics);
    if (MappingImporter.accepts(root)) {
      return MappingImporter.convert(document, diagnostics).stream()
          .map(stream -> new ImportedStream(stream, file, true))
          .toList();
    }
    String kind = root.text("kind").orElse("");
    switch (kind) {
      case "" -> {
        diagnostics.error("import-kind", document.at(), "", "a document without kind");
        return List.of();
      }
      case "List" -> {
        var out = new ArrayList<ImportedStream>();
        Fields items = root.child("items");
        for (int i = 0; i < items.size(); i++) {
          out.addAll(streams(document.part(items.item(i)), diagnostics));
        }
        return out;
      }
      case "ImageStream" -> {
        return new ImageStreamImporter(document, diagnostics)
            .convert()
            .map(stream -> List.of(new ImportedStream(stream, file, false)))
            .orElse(List.of());
      }
      default -> {
        String name = nameOf(root);
        diagnostics.add(Importer.skipped(document.at(), kind + (name.isEmpty() ? "" : " " + name)));
        return List.of();
      }
    }
  }

  /** The name of a document import skips, if it has one: nothing in it is an error. */
  private static String nameOf(Fields document) {
    return document.child("metadata").value() instanceof Value.ObjectValue metadata
            && metadata.fields().get("name") instanceof Value.StringValue name
        ? name.text()
        : "";
  }

  /** A note naming a document, or part of one, that was deliberately not imported, and why. */
  static Diagnostic skipped(SourcePosition at, String what) {
    return Diagnostic.note(SKIPPED, at, "", "skipped: " + what);
  }
}
