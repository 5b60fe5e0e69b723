package org.imagecatalog.render;

import com.github.mustachejava.MustacheException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;

/**
 * A template set with its Mustache factories, one per output type (each escapes differently).
 * Factories cache what they compile, so {@link #compile} can run on another core while the catalog
 * is still loading, and rendering then finds every template compiled.
 */
public final class CompiledTemplates {
  private final TemplateSet templates;
  private final Map<OutputType, StrictMustacheFactory> factories = new EnumMap<>(OutputType.class);
  private final StrictMustacheFactory pathFactory;

  private CompiledTemplates(TemplateSet templates) {
    this.templates = templates;
    for (OutputType type : OutputType.values()) {
      factories.put(type, new StrictMustacheFactory(templates, type::escape));
    }
    this.pathFactory = new StrictMustacheFactory(templates, UnaryOperator.identity());
  }

  /**
   * Compiles every template of the set: each with the factory of the output type its name says,
   * partials with the YAML one. A template that does not compile is an error even when no output
   * uses it, and so are its partials' problems, which mustache.java would otherwise only meet while
   * rendering.
   */
  public static Result<CompiledTemplates> compile(TemplateSet templates) {
    var compiled = new CompiledTemplates(templates);
    var diagnostics = new Diagnostics();
    for (String name : templates.templates().keySet()) {
      OutputType type =
          OutputType.of(name.replaceFirst("\\.mustache$", "")).orElse(OutputType.YAML);
      StrictMustacheFactory factory = compiled.factories.get(type);
      try {
        factory.compile(name);
      } catch (MustacheException e) {
        diagnostics.add(TemplateErrors.of(e, templates));
      }
      factory.takeUnknownNames().forEach(e -> diagnostics.add(TemplateErrors.of(e, templates)));
    }
    return diagnostics.hasErrors() ? Result.failed(diagnostics) : Result.of(compiled, diagnostics);
  }

  TemplateSet templates() {
    return templates;
  }

  StrictMustacheFactory factory(OutputType type) {
    return factories.get(type);
  }

  StrictMustacheFactory pathFactory() {
    return pathFactory;
  }
}
