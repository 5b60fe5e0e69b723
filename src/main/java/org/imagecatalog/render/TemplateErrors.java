package org.imagecatalog.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;

/** mustache.java's exceptions as diagnostics at the template's file and line. */
final class TemplateErrors {
  private TemplateErrors() {}

  static Diagnostic of(MustacheException e, TemplateSet templates) {
    return of(e, templates, "");
  }

  /**
   * @param template the template being rendered, named when the exception names no place
   */
  static Diagnostic of(MustacheException e, TemplateSet templates, String template) {
    MustacheException cause = innermost(e);
    TemplateContext context = cause.getContext();
    String file = context == null ? template : context.file();
    int line = context == null ? 0 : context.line();
    SourcePosition at =
        file.startsWith("path ") ? SourcePosition.NONE : templates.position(file, line);
    if (cause instanceof MissingVariableException missing) {
      return Diagnostic.error(
          "missing-template-variable",
          at,
          "",
          "unknown variable {{"
              + missing.variable()
              + "}}"
              + inPath(file)
              + "; see the README's \"Template context\"");
    }
    return Diagnostic.error("template", at, "", message(cause) + inPath(file));
  }

  private static String inPath(String file) {
    return file.startsWith("path ") ? " in output " + file : "";
  }

  private static MustacheException innermost(MustacheException e) {
    MustacheException found = e;
    Throwable cause = e.getCause();
    while (cause != null) {
      if (cause instanceof MustacheException m) {
        found = m;
      }
      cause = cause.getCause();
    }
    return found;
  }

  private static String message(MustacheException e) {
    String message = e.getMessage() == null ? "template error" : e.getMessage();
    int at = message.indexOf(" @[");
    return at < 0 ? message : message.substring(0, at);
  }
}
