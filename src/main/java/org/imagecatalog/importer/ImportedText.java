package org.imagecatalog.importer;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;

/**
 * A catalog's text written by {@code import}, and for each of its lines the input it was written
 * from: the manifest or mapping file and the line of its document.
 *
 * @param origins one per line of {@code text}; {@link SourcePosition#NONE} for lines that no one
 *     input wrote, such as the catalog's defaults
 */
public record ImportedText(String text, List<SourcePosition> origins) {
  public ImportedText {
    origins = List.copyOf(origins);
  }

  /**
   * The diagnostic, and its notes, moved to the inputs their lines came from when they point into
   * this text (named {@code name}, a file that may never be written): the user fixes the input, not
   * the output.
   */
  public Diagnostic atInput(Diagnostic diagnostic, String name) {
    return new Diagnostic(
        diagnostic.severity(),
        diagnostic.code(),
        atInput(diagnostic.at(), name),
        diagnostic.path(),
        diagnostic.message(),
        diagnostic.notes().stream()
            .map(note -> new Diagnostic.Note(atInput(note.at(), name), note.message()))
            .toList());
  }

  private SourcePosition atInput(SourcePosition at, String name) {
    if (!at.file().equals(name) || at.line() < 1 || at.line() > origins.size()) {
      return at;
    }
    SourcePosition input = origins.get(at.line() - 1);
    return input.isKnown() ? input : at;
  }
}
