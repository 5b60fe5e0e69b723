package org.imagecatalog.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;

/**
 * Every {@code *.mustache} file of a template folder, read once up front so that rendering never
 * touches the disk. Names are paths relative to the folder, with '/' separators.
 *
 * @param folder the folder as given, for positions in diagnostics
 */
public record TemplateSet(Path folder, Map<String, String> templates) {
  public TemplateSet {
    templates = Map.copyOf(templates);
  }

  public static Result<TemplateSet> read(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Result.failed(
          Diagnostic.error(
              "templates", SourcePosition.of(folder.toString()), "", "no such template folder"));
    }
    var templates = new TreeMap<String, String>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".mustache")).sorted().toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        templates.put(name, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (CharacterCodingException e) {
      return Result.failed(
          Diagnostic.error(
              "templates", SourcePosition.of(folder.toString()), "", "a template is not UTF-8"));
    } catch (IOException | UncheckedIOException e) {
      return Result.failed(
          Diagnostic.error(
              "templates",
              SourcePosition.of(folder.toString()),
              "",
              "cannot read templates: " + e.getMessage()));
    }
    return Result.success(new TemplateSet(folder, templates));
  }

  public Optional<String> text(String name) {
    return Optional.ofNullable(templates.get(name));
  }

  /** Where a template line is, as a diagnostic names it. */
  SourcePosition position(String name, int line) {
    return new SourcePosition(folder.resolve(name).toString(), line);
  }
}
