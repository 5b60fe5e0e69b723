package org.imagecatalog.diag;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints diagnostics the way compilers do, so editors and CI problem matchers pick them up:
 *
 * <pre>
 * catalog.conf:42: error: namespaces.ci.boskos: message [code]
 *     catalog.conf:3: note: first defined here
 * </pre>
 *
 * File names are shown relative to a base folder, normally the working directory.
 */
public final class DiagnosticPrinter {
  private final Path base;

  public DiagnosticPrinter(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  public String print(List<Diagnostic> diagnostics) {
    var out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(format(d)).append('\n');
    }
    return out.toString();
  }

  public String format(Diagnostic d) {
    var line = new StringBuilder();
    line.append(position(d.at())).append(d.severity().label()).append(": ");
    if (!d.path().isEmpty()) {
      line.append(d.path()).append(": ");
    }
    line.append(d.message()).append(" [").append(d.code()).append(']');
    for (Diagnostic.Note note : d.notes()) {
      line.append("\n    ").append(position(note.at())).append("note: ").append(note.message());
    }
    return line.toString();
  }

  private String position(SourcePosition at) {
    return at.isKnown() ? show(at) + ": " : "";
  }

  /** {@code file:line}, the file relative to the base folder when it lies inside it. */
  public String show(SourcePosition at) {
    String shown = relative(at.file());
    return at.line() > 0 ? shown + ":" + at.line() : shown;
  }

  private String relative(String file) {
    try {
      Path path = Path.of(file).toAbsolutePath().normalize();
      if (!path.startsWith(base)) {
        return file;
      }
      String relative = base.relativize(path).toString();
      return relative.isEmpty() ? "." : relative;
    } catch (InvalidPathException e) {
      return file;
    }
  }
}
