package org.imagecatalog.render;

import com.github.mustachejava.MustacheException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A template set with its Mustache factories, one per output type (each escapes differently).
 * Factories cache what they compile, so {@link #precompile} can run on another core while the
 * catalog is still loading, and rendering then finds every template compiled.
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

  public static CompiledTemplates of(TemplateSet templates) {
    return new CompiledTemplates(templates);
  }

  /**
   * Compiles every template whose name says its output type. A template that does not compile is
   * left for {@link Renderer}, which reports it where an output uses it.
   */
  public CompiledTemplates precompile() {
    for (String name : templates.templates().keySet()) {
      OutputType.of(name.replaceFirst("\\.mustache$", ""))
          .ifPresent(
              type -> {
                try {
                  factories.get(type).compile(name);
                } catch (MustacheException e) {
                  // reported by the renderer, with the output that uses the template
                }
              });
    }
    return this;
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
