package org.imagecatalog.render;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Namespace;
import org.imagecatalog.model.OutputSpec;
import org.imagecatalog.render.view.CatalogView;
import org.imagecatalog.render.view.NamespaceView;
import org.imagecatalog.render.view.StreamView;

/**
 * Renders every output of a catalog into a {@link RenderedTree}: for each output spec, each item
 * of its scope gets a path from the path pattern and a text from the template, behind the
 * generated-file marker. Pure: the templates are already in memory.
 */
public final class Renderer {
  /** One item of an output's scope: what the template sees and which streams it covers. */
  private record Item(Object view, List<ImageStream> streams) {}

  private final Catalog catalog;
  private final TemplateSet templates;
  private final Map<OutputType, StrictMustacheFactory> factories = new EnumMap<>(OutputType.class);
  private final StrictMustacheFactory pathFactory;
  private final Diagnostics diagnostics = new Diagnostics();
  private final java.util.SortedMap<String, RenderedFile> files = new TreeMap<>();

  private Renderer(Catalog catalog, TemplateSet templates) {
    this.catalog = catalog;
    this.templates = templates;
    for (OutputType type : OutputType.values()) {
      factories.put(type, new StrictMustacheFactory(templates, type::escape));
    }
    this.pathFactory = new StrictMustacheFactory(templates, UnaryOperator.identity());
  }

  public static Result<RenderedTree> render(Catalog catalog, TemplateSet templates) {
    return new Renderer(catalog, templates).renderAll();
  }

  private Result<RenderedTree> renderAll() {
    for (OutputSpec spec : catalog.outputs()) {
      renderOutput(spec);
    }
    return Result.of(new RenderedTree(files), diagnostics);
  }

  private void renderOutput(OutputSpec spec) {
    Optional<OutputType> type = OutputType.of(spec.path());
    if (type.isEmpty()) {
      diagnostics.error(
          "output-type", spec.at(), "outputs",
          "output path \"" + spec.path() + "\" must end in .yaml, .yml or .md");
      return;
    }
    if (templates.text(spec.template()).isEmpty()) {
      diagnostics.error(
          "missing-template", spec.at(), "outputs",
          "no template \"" + spec.template() + "\" in " + templates.folder());
      return;
    }
    Optional<Mustache> template = compile(() -> factories.get(type.get()).compile(spec.template()));
    Optional<Mustache> pathPattern =
        compile(
            () -> pathFactory.compile(new StringReader(spec.path()), "path \"" + spec.path() + "\""));
    if (template.isPresent() && pathPattern.isPresent()) {
      for (Item item : items(spec.per())) {
        renderItem(spec, type.get(), template.get(), pathPattern.get(), item);
      }
    }
  }

  private List<Item> items(OutputSpec.Scope per) {
    var items = new ArrayList<Item>();
    switch (per) {
      case CATALOG -> items.add(new Item(CatalogView.of(catalog), catalog.streams().toList()));
      case NAMESPACE -> {
        for (Namespace ns : catalog.namespaces()) {
          items.add(new Item(NamespaceView.of(catalog.fileName(), ns), ns.streams()));
        }
      }
      case STREAM -> catalog
          .streams()
          .forEach(s -> items.add(new Item(StreamView.of(catalog.fileName(), s), List.of(s))));
    }
    return items;
  }

  private void renderItem(
      OutputSpec spec, OutputType type, Mustache template, Mustache pathPattern, Item item) {
    Optional<String> path = execute(pathPattern, item.view());
    Optional<String> body = execute(template, item.view());
    if (path.isEmpty() || body.isEmpty()) {
      return;
    }
    Optional<String> problem = OutputPaths.problem(path.get());
    if (problem.isPresent()) {
      diagnostics.error(
          "output-path", spec.at(), "outputs",
          "output path \"" + path.get() + "\" " + problem.get());
      return;
    }
    String text = type.marker(catalog.fileName()) + "\n" + normalized(body.get());
    RenderedFile file = new RenderedFile(path.get(), text, type, spec, item.streams());
    RenderedFile earlier = files.putIfAbsent(path.get(), file);
    if (earlier != null) {
      diagnostics.add(
          Diagnostic.error(
                  "duplicate-output", spec.at(), "outputs",
                  "output \"" + path.get() + "\" is produced twice (template " + spec.template()
                      + " and template " + earlier.spec().template() + ")")
              .withNote(earlier.spec().at(), "first produced by this output"));
    }
  }

  /** LF line endings and exactly one final newline, whatever the template's file has. */
  private static String normalized(String body) {
    String text = body.replace("\r\n", "\n");
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    return text.substring(0, end) + "\n";
  }

  private Optional<String> execute(Mustache mustache, Object scope) {
    try {
      var out = new StringWriter();
      mustache.execute(out, scope);
      return Optional.of(out.toString());
    } catch (MustacheException e) {
      report(e);
      return Optional.empty();
    }
  }

  private Optional<Mustache> compile(Supplier<Mustache> compiler) {
    try {
      return Optional.of(compiler.get());
    } catch (MustacheException e) {
      report(e);
      return Optional.empty();
    }
  }

  private void report(MustacheException e) {
    MustacheException cause = innermost(e);
    TemplateContext context = cause.getContext();
    String file = context == null ? "" : context.file();
    int line = context == null ? 0 : context.line();
    SourcePosition at = file.startsWith("path ") ? SourcePosition.NONE : templates.position(file, line);
    if (cause instanceof MissingVariableException missing) {
      diagnostics.error(
          "missing-template-variable", at, "",
          "unknown variable {{" + missing.variable() + "}}" + inPath(file)
              + "; see the README's \"Template context\"");
    } else {
      diagnostics.error("template", at, "", message(cause) + inPath(file));
    }
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
