package org.imagecatalog.diag;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints diagnostics in one of three formats with the same content: file, line, severity, catalog
 * path, message, code and notes.
 *
 * <ul>
 *   <li>{@code text}, the way compilers do, so editors and CI problem matchers pick them up:
 *       <pre>
 * catalog.conf:42: error: namespaces.ci.boskos: message [code]
 *     catalog.conf:3: note: first defined here
 * </pre>
 *   <li>{@code github}: GitHub Actions workflow commands, {@code ::error file=F,line=L,title=CODE::
 *       message}, which annotate the pull request's lines;
 *   <li>{@code json}: one JSON object a line, for tools.
 * </ul>
 *
 * File names are shown relative to a base folder, normally the working directory. Control
 * characters never reach the console raw: text and GitHub output show them as escapes.
 */
public final class DiagnosticPrinter {
  /** The formats of {@code --format}. */
  public enum Format {
    TEXT("text"),
    GITHUB("github"),
    JSON("json");

    private final String label;

    Format(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String CYAN = "\u001b[1;36m";
  private static final String RESET = "\u001b[0m";

  private final Path base;
  private final Format format;
  private final boolean colour;

  public DiagnosticPrinter(Path base) {
    this(base, Format.TEXT, false);
  }

  /**
   * @param colour severities in colour, for a terminal; text format only
   */
  public DiagnosticPrinter(Path base, Format format, boolean colour) {
    this.base = base.toAbsolutePath().normalize();
    this.format = format;
    this.colour = colour && format == Format.TEXT;
  }

  public String print(List<Diagnostic> diagnostics) {
    var out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(format(d)).append('\n');
    }
    return out.toString();
  }

  /**
   * A line of the tool's own for standard error, such as "stopped by 2 errors above": as it is, or
   * under {@code json} an object like a diagnostic's, of severity {@code note} and code {@code
   * summary}, so that every line a json run writes there is one object.
   */
  public String remark(String line) {
    return format == Format.JSON
        ? json(Diagnostic.note("summary", SourcePosition.NONE, "", line))
        : line;
  }

  public String format(Diagnostic d) {
    return switch (format) {
      case TEXT -> text(d);
      case GITHUB -> github(d);
      case JSON -> json(d);
    };
  }

  private String text(Diagnostic d) {
    var line = new StringBuilder();
    line.append(position(d.at())).append(label(d.severity())).append(": ");
    if (!d.path().isEmpty()) {
      line.append(PrintableText.of(d.path())).append(": ");
    }
    line.append(PrintableText.of(d.message())).append(" [").append(d.code()).append(']');
    for (Diagnostic.Note note : d.notes()) {
      line.append("\n    ")
          .append(position(note.at()))
          .append(colour ? CYAN + "note" + RESET : "note")
          .append(": ")
          .append(PrintableText.of(note.message()));
    }
    return line.toString();
  }

  private String label(Severity severity) {
    if (!colour) {
      return severity.label();
    }
    return (severity == Severity.ERROR ? RED : YELLOW) + severity.label() + RESET;
  }

  /**
   * One workflow command; notes follow the message on lines of their own. GitHub reads {@code %},
   * CR and LF in the message escaped, and also {@code :} and {@code ,} in property values.
   */
  private String github(Diagnostic d) {
    var message = new StringBuilder();
    if (!d.path().isEmpty()) {
      message.append(d.path()).append(": ");
    }
    message.append(d.message()).append(" [").append(d.code()).append(']');
    for (Diagnostic.Note note : d.notes()) {
      message.append('\n').append(position(note.at())).append("note: ").append(note.message());
    }
    // GitHub's commands are error, warning and notice: "::note" would be no command at all, and
    // the runner would then read the line for a ##[command] instead.
    String command = d.severity() == Severity.NOTE ? "notice" : d.severity().label();
    var line = new StringBuilder("::").append(command);
    String separator = " ";
    if (d.at().isKnown()) {
      line.append(" file=").append(property(relative(d.at().file())));
      separator = ",";
      if (d.at().line() > 0) {
        line.append(",line=").append(d.at().line());
      }
    }
    line.append(separator).append("title=").append(property(d.code()));
    return line.append("::").append(escapeData(message.toString())).toString();
  }

  private static String escapeData(String text) {
    return PrintableText.of(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  private static String property(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }

  private String json(Diagnostic d) {
    var line = new StringBuilder("{");
    field(line, "severity", d.severity().label()).append(',');
    field(line, "code", d.code()).append(',');
    location(line, d.at());
    field(line, "path", d.path()).append(',');
    field(line, "message", d.message()).append(",\"notes\":[");
    for (int i = 0; i < d.notes().size(); i++) {
      Diagnostic.Note note = d.notes().get(i);
      line.append(i == 0 ? "{" : ",{");
      location(line, note.at());
      field(line, "message", note.message()).append('}');
    }
    return line.append("]}").toString();
  }

  private void location(StringBuilder line, SourcePosition at) {
    field(line, "file", at.isKnown() ? relative(at.file()) : "").append(',');
    line.append("\"line\":").append(Math.max(at.line(), 0)).append(',');
  }

  private static StringBuilder field(StringBuilder line, String name, String value) {
    line.append('"').append(name).append("\":\"");
    return escaped(line, value).append('"');
  }

  /**
   * A JSON string's content by RFC 8259's one rule (section 7): the quote, the backslash and the
   * control characters U+0000 to U+001F escaped, and here a lone surrogate too, which UTF-8 output
   * could not carry. Written here rather than taken from the JSON library: this package is below
   * every stage, and each library has one stage as its home.
   */
  static StringBuilder escaped(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || lone(value, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out;
  }

  private static boolean lone(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
  }

  private String position(SourcePosition at) {
    return at.isKnown() ? show(at) + ": " : "";
  }

  /** {@code file:line}, the file relative to the base folder when it lies inside it. */
  public String show(SourcePosition at) {
    String shown = PrintableText.of(relative(at.file()));
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
