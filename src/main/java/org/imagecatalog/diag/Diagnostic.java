package org.imagecatalog.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem in the user's input.
 *
 * @param severity error or warning
 * @param code a stable kebab-case identifier of the rule, such as {@code unknown-key}
 * @param at where the problem is
 * @param path the catalog path of the offending value, such as {@code namespaces.ci.boskos}; may be
 *     empty when the problem concerns a whole file
 * @param message what is wrong, in the user's words, with the offending value
 * @param notes other places that take part, such as the first of two definitions
 */
public record Diagnostic(
    Severity severity,
    String code,
    SourcePosition at,
    String path,
    String message,
    List<Note> notes) {

  /** A related position, printed indented under the diagnostic. */
  public record Note(SourcePosition at, String message) {}

  /** By position, path, code and message; the order diagnostics are printed in. */
  static final Comparator<Diagnostic> ORDER = Diagnostic::order;

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    notes = List.copyOf(notes);
  }

  private static int order(Diagnostic a, Diagnostic b) {
    int order = a.at.compareTo(b.at);
    if (order == 0) {
      order = a.path.compareTo(b.path);
    }
    if (order == 0) {
      order = a.code.compareTo(b.code);
    }
    return order != 0 ? order : a.message.compareTo(b.message);
  }

  public static Diagnostic error(String code, SourcePosition at, String path, String message) {
    return new Diagnostic(Severity.ERROR, code, at, path, message, List.of());
  }

  public static Diagnostic warning(String code, SourcePosition at, String path, String message) {
    return new Diagnostic(Severity.WARNING, code, at, path, message, List.of());
  }

  public static Diagnostic note(String code, SourcePosition at, String path, String message) {
    return new Diagnostic(Severity.NOTE, code, at, path, message, List.of());
  }

  public Diagnostic withNote(SourcePosition where, String note) {
    var more = new ArrayList<>(notes);
    more.add(new Note(where, note));
    return new Diagnostic(severity, code, at, path, message, more);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public boolean isNote() {
    return severity == Severity.NOTE;
  }
}
