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

  /** Fields joined by tabs, each escaped: how the stamp writes a diagnostic or an invocation. */
  static String join(String... fields) {
    var line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      line.append(i == 0 ? "" : "\t").append(escape(fields[i]));
    }
    return line.toString();
  }

  /** Backslash, tab and line feed escaped, so that a field is one line without tabs. */
  static String escape(String field) {
    return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  /**
   * The fields between tabs, unescaped. A field holds no raw tab (join escapes them), so the tabs
   * are found with indexOf, which the JVM runs as one vector loop: the stamp of a run with many
   * warnings is read before anything is compiled, and a loop per character cost most of its read.
   */
  private static List<String> split(String line) {
    var fields = new ArrayList<String>();
    int start = 0;
    for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
      fields.add(unescape(line.substring(start, tab)));
      start = tab + 1;
    }
    fields.add(unescape(line.substring(start)));
    return fields;
  }

  static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    var text = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        text.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
