package org.imagecatalog.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.InputFile;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.diag.Utf8Text;
import org.imagecatalog.load.Value;
import org.imagecatalog.load.YamlDocuments;

/**
 * Reads the YAML documents of files and folders (walked recursively, {@code *.yaml} and {@code
 * *.yml}, in sorted order). Strict where a lenient reader would lose data: text must be UTF-8, a
 * key may not repeat, scalars keep their written form ({@code 3.10} stays "3.10", {@code 010} stays
 * "010"), and aliases and merge keys resolve to what they name ({@link YamlDocuments}).
 */
final class ManifestReader {
  private ManifestReader() {}

  /**
   * The documents of the request's paths. Files below a folder argument that the request excludes
   * are left out, each named in a note.
   */
  static List<Document> read(ImportRequest request, Diagnostics diagnostics) {
    var documents = new ArrayList<Document>();
    for (Path path : request.paths()) {
      for (Path file : files(path, request.exclude(), diagnostics)) {
        Path below = Files.isDirectory(path) ? path.relativize(file) : file.getFileName();
        Path name = path.toAbsolutePath().normalize().getFileName();
        String source =
            Files.isDirectory(path) && name != null
                ? name + "/" + below.toString().replace('\\', '/')
                : below.toString();
        documents.addAll(documents(path, file, source, diagnostics));
      }
    }
    return documents;
  }

  /** The YAML files of a path argument: the file, or the folder's, walked in sorted order. */
  static List<Path> files(Path path, PathMatcher exclude, Diagnostics diagnostics) {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      return List.of(path); // a file, or a pipe the user names; read within a manifest's limit
    }
    if (!Files.isDirectory(path)) {
      diagnostics.error(
          "import-path", SourcePosition.of(path.toString()), "", "no such file or folder");
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      Path folder = path.toRealPath();
      List<Path> files =
          walk.sorted()
              .filter(f -> yamlNamed(f) || Files.isSymbolicLink(f))
              .filter(f -> !excluded(path.relativize(f), f, exclude, diagnostics))
              .filter(f -> readable(f, folder, diagnostics))
              .toList();
      if (files.isEmpty()) {
        diagnostics.error(
            "import-path",
            SourcePosition.of(path.toString()),
            "",
            "the folder has no .yaml or .yml files");
      }
      return files;
    } catch (IOException e) {
      diagnostics.error(
          "import-path", SourcePosition.of(path.toString()), "", "cannot read: " + e.getMessage());
      return List.of();
    }
  }

  private static boolean yamlNamed(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean excluded(
      Path below, Path file, PathMatcher exclude, Diagnostics diagnostics) {
    boolean excluded = exclude.matches(below);
    if (excluded) {
      diagnostics.add(
          Importer.skipped(SourcePosition.of(file.toString()), "excluded by --exclude"));
    }
    return excluded;
  }

  /**
   * A file of a folder argument is read only when it is a YAML file whose real path, links
   * followed, lies inside the folder: a link out of it would read what the user did not name. A
   * link to a folder is not walked, and said so.
   */
  private static boolean readable(Path file, Path folder, Diagnostics diagnostics) {
    boolean yaml = yamlNamed(file);
    if (!Files.isSymbolicLink(file)) {
      return yaml && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
    SourcePosition at = SourcePosition.of(file.toString());
    Path target;
    try {
      target = file.toRealPath();
    } catch (IOException e) {
      if (yaml) {
        diagnostics.error("import-path", at, "", "is a link to nothing: its target does not exist");
      }
      return false;
    }
    if (Files.isDirectory(target)) {
      diagnostics.add(Importer.skipped(at, "a link to a folder, which import does not walk"));
      return false;
    }
    if (yaml && !target.startsWith(folder)) {
      diagnostics.error(
          "import-path",
          at,
          "",
          "is a link out of the folder, to "
              + target
              + ": import reads only what is inside the folders it is given; name the file"
              + " itself to import it");
      return false;
    }
    return yaml && Files.isRegularFile(target);
  }

  /** A manifest's text; empty, with the reason among the diagnostics, when it cannot be read. */
  static Optional<String> text(Path file, Diagnostics diagnostics) {
    String shown = file.toString();
    Result<String> read =
        InputFile.MANIFEST
            .bytes(file, shown, "import-read")
            .then(bytes -> Utf8Text.decode(bytes, shown, "import-encoding"));
    diagnostics.addAll(read.diagnostics());
    return read.value();
  }

  private static List<Document> documents(
      Path input, Path file, String source, Diagnostics diagnostics) {
    String shown = file.toString();
    Optional<String> read = text(file, diagnostics);
    if (read.isEmpty()) {
      return List.of();
    }
    String text = read.get();
    var documents = new ArrayList<Document>();
    try {
      for (Value document : YamlDocuments.read(shown, text)) {
        documents.add(new Document(document.at(), source, document, input));
      }
    } catch (YamlDocuments.Invalid e) {
      diagnostics.error(
          "yaml-syntax",
          new SourcePosition(shown, e.line()),
          "",
          "invalid YAML: " + e.getMessage());
    }
    return documents;
  }
}
