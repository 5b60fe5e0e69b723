package org.imagecatalog.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.InputFile;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;

/**
 * Every {@code *.mustache} file of a template folder, read once up front so that rendering never
 * touches the disk. Names are paths relative to the folder, with '/' separators.
 *
 * <p>Only files inside the folder are read: a template that is a link is followed only when its
 * target, resolved, lies inside the folder too, so a pull request cannot bring a file from
 * elsewhere on the machine into {@code generated/}.
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
    var diagnostics = new Diagnostics();
    try (Stream<Path> files = Files.walk(folder)) {
      Path root = folder.toRealPath();
      for (Path file : files.filter(f -> f.toString().endsWith(".mustache")).sorted().toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        read(root, file, diagnostics).ifPresent(text -> templates.put(name, text));
      }
    } catch (IOException | UncheckedIOException e) {
      diagnostics.error(
          "templates",
          SourcePosition.of(folder.toString()),
          "",
          "cannot read the template folder: " + e.getMessage());
    }
    return diagnostics.hasErrors()
        ? Result.failed(diagnostics)
        : Result.success(new TemplateSet(folder, templates));
  }

  private static Optional<String> read(Path root, Path file, Diagnostics diagnostics) {
    SourcePosition at = SourcePosition.of(file.toString());
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(root)) {
        diagnostics.error(
            "templates", at, "", "is a link to " + real + ", outside the template folder");
        return Optional.empty();
      }
      Result<String> text = InputFile.TEMPLATE.read(real, at.file(), "templates");
      diagnostics.addAll(text.diagnostics());
      return text.value();
    } catch (IOException e) {
      diagnostics.error("templates", at, "", "cannot be read: " + e.getMessage());
    }
    return Optional.empty();
  }

  public Optional<String> text(String name) {
    return Optional.ofNullable(templates.get(name));
  }

  /** Where a template line is, as a diagnostic names it. */
  SourcePosition position(String name, int line) {
    return new SourcePosition(folder.resolve(name).toString(), line);
  }
}
