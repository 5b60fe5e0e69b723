package org.imagecatalog.output;

import java.util.ArrayList;
import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Severity;
import org.imagecatalog.diag.SourcePosition;

/**
 * A diagnostic as one line of the stamp: its fields separated by tabs, with tab, line feed and
 * backslash escaped, so that any message survives.
 */
final class StampedDiagnostic {
  private StampedDiagnostic() {}

  static String write(Diagnostic d) {
    return join(
        d.severity().name(),
        d.code(),
        d.at().file(),
        String.valueOf(d.at().line()),
        d.path(),
        d.message());
  }

  static String write(Diagnostic.Note note) {
    return join(note.at().file(), String.valueOf(note.at().line()), note.message());
  }

  static Diagnostic read(String line) {
    List<String> f = split(line);
    return new Diagnostic(
        Severity.valueOf(f.get(0)),
        f.get(1),
        new SourcePosition(f.get(2), Integer.parseInt(f.get(3))),
        f.get(4),
        f.get(5),
        List.of());
  }

  static Diagnostic readNote(Diagnostic to, String line) {
    List<String> f = split(line);
    return to.withNote(new SourcePosition(f.get(0), Integer.parseInt(f.get(1))), f.get(2));
  }

  private static String join(String... fields) {
    var line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      line.append(i == 0 ? "" : "\t")
          .append(fields[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
    }
    return line.toString();
  }

  private static List<String> split(String line) {
    var fields = new ArrayList<String>();
    var field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
