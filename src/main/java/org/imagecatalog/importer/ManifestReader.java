package org.imagecatalog.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.diag.Utf8Text;

/**
 * Reads the YAML documents of files and folders (walked recursively, {@code *.yaml} and {@code
 * *.yml}, in sorted order). Strict where a lenient reader would lose data: text must be UTF-8, a
 * key may not repeat, scalars keep their written form ({@code 3.10} stays "3.10", {@code 010} stays
 * "010"), and aliases and merge keys resolve to what they name ({@link YamlTree}).
 */
final class ManifestReader {
  private ManifestReader() {}

  /**
   * @param exclude files below a folder argument whose path relative to it matches are left out,
   *     each named in a note
   */
  static List<Document> read(List<Path> paths, PathMatcher exclude, Diagnostics diagnostics) {
    var documents = new ArrayList<Document>();
    for (Path path : paths) {
      for (Path file : files(path, diagnostics)) {
        Path below = Files.isDirectory(path) ? path.relativize(file) : file.getFileName();
        if (Files.isDirectory(path) && exclude.matches(below)) {
          diagnostics.add(
              Importer.skipped(SourcePosition.of(file.toString()), "excluded by --exclude"));
          continue;
        }
        Path name = path.toAbsolutePath().normalize().getFileName();
        String source =
            Files.isDirectory(path) && name != null
                ? name + "/" + below.toString().replace('\\', '/')
                : below.toString();
        documents.addAll(documents(file, source, diagnostics));
      }
    }
    return documents;
  }

  private static List<Path> files(Path path, Diagnostics diagnostics) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      diagnostics.error(
          "import-path", SourcePosition.of(path.toString()), "", "no such file or folder");
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> files =
          walk.filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .sorted()
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

  private static List<Document> documents(Path file, String source, Diagnostics diagnostics) {
    String shown = file.toString();
    Result<String> read;
    try {
      read = Utf8Text.decode(Files.readAllBytes(file), shown, "import-encoding");
    } catch (IOException e) {
      diagnostics.error(
          "import-read", SourcePosition.of(shown), "", "cannot read: " + e.getMessage());
      return List.of();
    }
    diagnostics.addAll(read.diagnostics());
    if (!read.ok()) {
      return List.of();
    }
    String text = read.get();
    var documents = new ArrayList<Document>();
    try {
      for (YamlTree.Parsed parsed : YamlTree.read(text)) {
        documents.add(
            new Document(
                new SourcePosition(shown, parsed.line()), source, parsed.node(), parsed.lines()));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      diagnostics.error(
          "yaml-syntax",
          new SourcePosition(shown, line),
          "",
          "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("").strip());
    } catch (IOException e) {
      diagnostics.error(
          "import-read", SourcePosition.of(shown), "", "cannot read: " + e.getMessage());
    }
    return documents;
  }
}
