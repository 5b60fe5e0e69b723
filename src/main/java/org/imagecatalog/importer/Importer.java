package org.imagecatalog.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value;

/**
 * Reads ImageStream manifests and mapping files and writes them as one catalog. Other kinds are
 * skipped and listed, so nothing is dropped without being named. The catalog's outputs put each
 * kind back where it was read from: the ImageStreams below the folder they came from, the mirror
 * section into the mapping file.
 */
public final class Importer {
  /** The code of the notes that name what was deliberately left out. */
  public static final String SKIPPED = "import-skipped";

  /** Where the ImageStreams go, below the folder they were read from: a folder the tool owns. */
  static final String GENERATED_FOLDER = "zz_generated";

  private Importer() {}

  /** One output the imported catalog writes, as its {@code outputs} entry says it. */
  record Output(String template, String path, String per, String section) {}

  /** What the inputs hold, merged into streams, and the outputs that put them back. */
  public static final class Inputs {
    private final List<ImportedStream> streams;
    private final List<Output> outputs;

    private Inputs(List<ImportedStream> streams, List<Output> outputs) {
      this.streams = List.copyOf(streams);
      this.outputs = List.copyOf(outputs);
    }
  }

  /** The catalog's text for what was read. */
  public static ImportedText write(Inputs inputs, boolean sourceComments) {
    return CatalogWriter.write(inputs.streams, sourceComments, inputs.outputs);
  }

  /** Reads and merges the inputs, without the files of a folder argument that match. */
  public static Result<Inputs> read(ImportRequest request) {
    var diagnostics = new Diagnostics();
    var streams = new ArrayList<ImportedStream>();
    var imageStreamInputs = new LinkedHashSet<Path>();
    var mappings = new LinkedHashSet<Path>();
    for (Document document : ManifestReader.read(request, diagnostics)) {
      List<ImportedStream> read = streams(document, request, diagnostics);
      streams.addAll(read);
      for (ImportedStream stream : read) {
        if (stream.sourcesOnly()) {
          mappings.add(Path.of(document.at().file()));
        } else {
          imageStreamInputs.add(document.input());
        }
      }
    }
    List<ImportedStream> merged = StreamMerger.merge(streams, request.prefer(), diagnostics);
    if (merged.isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.error("import-empty", SourcePosition.NONE, "", "the inputs hold no ImageStream");
    }
    List<Output> outputs = outputs(request, imageStreamInputs, mappings, diagnostics);
    return Result.of(new Inputs(merged, outputs), diagnostics);
  }

  /**
   * The outputs that put each kind back where it was read from, relative to the catalog's folder:
   * the ImageStreams into a folder of their own below the first input that held them, the mirror
   * section into the first mapping file. An input outside the catalog's folder gets no output,
   * since outputs never leave their root; a note says so.
   */
  private static List<Output> outputs(
      ImportRequest request,
      Set<Path> imageStreamInputs,
      Set<Path> mappings,
      Diagnostics diagnostics) {
    var outputs = new ArrayList<Output>();
    imageStreamInputs.stream()
        .findFirst()
        .flatMap(
            input ->
                relative(
                    request, Files.isDirectory(input) ? input : input.getParent(), diagnostics))
        .ifPresent(
            folder ->
                outputs.add(
                    new Output(
                        "imagestreams.yaml.mustache",
                        (folder.isEmpty() ? "" : folder + "/")
                            + GENERATED_FOLDER
                            + "/{{namespace}}.yaml",
                        "namespace",
                        "")));
    mappings.stream()
        .findFirst()
        .flatMap(mapping -> relative(request, mapping, diagnostics))
        .ifPresent(
            file ->
                outputs.add(
                    new Output(
                        "supplemental-ci-images.yaml.mustache",
                        file,
                        "catalog",
                        MappingImporter.SECTION)));
    return outputs;
  }

  /** The path relative to the catalog's folder, with '/' separators; empty for the folder. */
  private static Optional<String> relative(
      ImportRequest request, Path path, Diagnostics diagnostics) {
    Path absolute = (path == null ? Path.of("") : path).toAbsolutePath().normalize();
    if (!absolute.startsWith(request.catalogFolder())) {
      diagnostics.add(
          Diagnostic.note(
              "import-outputs",
              SourcePosition.of(path == null ? "" : path.toString()),
              "",
              "lies outside the catalog's folder, and outputs never leave it: the catalog gets no"
                  + " output for it; add one by hand, or write the catalog where it lies"));
      return Optional.empty();
    }
    return Optional.of(request.catalogFolder().relativize(absolute).toString().replace('\\', '/'));
  }

  /** The apiVersions an ImageStream has: its group's, and the legacy group-less one. */
  private static final Set<String> IMAGE_STREAM_VERSIONS = Set.of("image.openshift.io/v1", "v1");

  private static List<ImportedStream> streams(
      Document document, ImportRequest request, Diagnostics diagnostics) {
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
          out.addAll(streams(document.part(items.item(i)), request, diagnostics));
        }
        return out;
      }
      case "ImageStream" -> {
        // Without one, the kind says what the document means; another API's is another thing.
        Optional<String> apiVersion = root.text("apiVersion");
        if (apiVersion.isPresent() && !IMAGE_STREAM_VERSIONS.contains(apiVersion.get())) {
          root.error(
              "apiVersion",
              "\""
                  + apiVersion.get()
                  + "\": OpenShift serves ImageStreams as image.openshift.io/v1 (or the legacy"
                  + " v1), so the cluster would refuse this one");
          return List.of();
        }
        return new ImageStreamImporter(document, request.namespace(), diagnostics)
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
