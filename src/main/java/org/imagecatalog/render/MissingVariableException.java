package org.imagecatalog.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;

/** A template named a variable its view does not have. Caught by {@link Renderer}. */
final class MissingVariableException extends MustacheException {
  private static final long serialVersionUID = 1L;
  private final String variable;

  MissingVariableException(String variable, TemplateContext context) {
    super("unknown variable " + variable, context);
    this.variable = variable;
  }

  String variable() {
    return variable;
  }
}
