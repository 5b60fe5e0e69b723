package org.imagecatalog.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.reflect.AbstractObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.imagecatalog.render.view.TemplateNames;
import org.imagecatalog.render.view.TemplateScope;

/**
 * A mustache.java factory that fits generated configuration instead of HTML pages:
 *
 * <ul>
 *   <li>templates come from a {@link TemplateSet} in memory, never the classpath or a URL;
 *   <li>{@code {{x}}} escapes for the output's type, {@code {{{x}}}} writes raw;
 *   <li>booleans and numbers are written as they are, so {@code scheduled: {{scheduled}}} stays a
 *       YAML boolean while strings are quoted as needed;
 *   <li>variables come from the views' {@link TemplateScope}, not reflection; a variable no view
 *       has throws {@link MissingVariableException} naming template and line.
 * </ul>
 */
final class StrictMustacheFactory extends DefaultMustacheFactory {
  private final UnaryOperator<String> escaper;
  private final TemplateSet templates;

  /** Tags whose name no view has, found while compiling: every one, not only the first. */
  private final List<MissingVariableException> unknownNames = new ArrayList<>();

  /** Which templates each template names as a partial: where a cycle would show. */
  private final Map<String, Set<String>> partials = new HashMap<>();

  StrictMustacheFactory(TemplateSet templates, UnaryOperator<String> escaper) {
    super(name -> templates.text(name).map(StringReader::new).orElse(null));
    this.escaper = escaper;
    this.templates = templates;
    setObjectHandler(new ScopeObjectHandler());
  }

  @Override
  public void encode(String value, Writer writer) {
    try {
      writer.write(escaper.apply(value));
    } catch (IOException e) {
      throw new MustacheException("cannot write output", e);
    }
  }

  @Override
  public MustacheVisitor createMustacheVisitor() {
    return new DefaultMustacheVisitor(this) {
      @Override
      public void value(TemplateContext context, String variable, boolean encoded) {
        checkVariable(context, variable);
        list.add(new TypedValueCode(context, df, variable, encoded));
      }

      @Override
      public void iterable(TemplateContext context, String variable, Mustache mustache) {
        checkVariable(context, variable);
        list.add(new BoundedIterableCode(context, df, mustache, variable));
      }

      @Override
      public void notIterable(TemplateContext context, String variable, Mustache mustache) {
        checkVariable(context, variable);
        super.notIterable(context, variable, mustache);
      }

      @Override
      public void partial(TemplateContext context, String variable, String indent) {
        checkPartial(context, variable, "{{>");
        super.partial(context, variable, indent);
      }

      @Override
      public void extend(TemplateContext context, String variable, Mustache mustache) {
        checkPartial(context, variable, "{{<");
        super.extend(context, variable, mustache);
      }

      @Override
      public void dynamicPartial(TemplateContext context, String variable, String indent) {
        throw new MustacheException(
            "{{>+ " + variable + "}}: dynamic partials are not allowed; name the partial", context);
      }
    };
  }

  private void checkVariable(TemplateContext context, String name) {
    if (!TemplateNames.known(name.strip())) {
      synchronized (unknownNames) {
        unknownNames.add(new MissingVariableException(name.strip(), context));
      }
    }
  }

  /** The tags compiled so far whose name no view has; each is reported once. */
  List<MissingVariableException> takeUnknownNames() {
    synchronized (unknownNames) {
      var taken = List.copyOf(unknownNames);
      unknownNames.clear();
      return taken;
    }
  }

  /**
   * A partial must be a template of the set: its name resolved as mustache.java resolves it
   * (relative to the including template's folder, {@code .mustache} added), and inside the folder;
   * and no partial may include itself, directly or through others, since no view is recursive.
   * Found while compiling, so the message names the template and the line of the tag.
   */
  private void checkPartial(TemplateContext context, String name, String tag) {
    String including = context.file();
    int slash = including.lastIndexOf('/');
    String folder = slash < 0 ? "" : including.substring(0, slash + 1);
    String resolved = resolvePartialPath(folder, name.strip(), ".mustache");
    String normalized = Path.of(resolved).normalize().toString().replace('\\', '/');
    if (normalized.startsWith("..") || Path.of(resolved).isAbsolute()) {
      throw new MustacheException(
          "partial " + tag + " " + name.strip() + "}} leaves the template folder", context);
    }
    if (templates.text(normalized).isEmpty()) {
      throw new MustacheException(
          "no partial " + tag + " " + name.strip() + "}}: the template folder has no " + normalized,
          context);
    }
    synchronized (partials) {
      if (reaches(normalized, including, new HashSet<>())) {
        throw new MustacheException(
            "partial "
                + tag
                + " "
                + name.strip()
                + "}} includes "
                + including
                + " again, through itself or others: partials may not recurse",
            context);
      }
      partials.computeIfAbsent(including, k -> new HashSet<>()).add(normalized);
    }
  }

  /** True when {@code to} can be reached from {@code from} by the partials known so far. */
  private boolean reaches(String from, String to, Set<String> seen) {
    if (from.equals(to)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (String next : partials.getOrDefault(from, Set.of())) {
      if (reaches(next, to, seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A section that counts each pass against the run's {@link RenderLimits}, and names its own line
   * when the file it writes grows past its limit.
   */
  private static final class BoundedIterableCode extends IterableCode {
    BoundedIterableCode(
        TemplateContext context, DefaultMustacheFactory factory, Mustache mustache, String name) {
      super(context, factory, mustache, name);
    }

    @Override
    public Writer next(Writer writer, Object next, List<Object> scopes) {
      RenderLimits.Spending.iteration(scopes, tc);
      try {
        return super.next(writer, next, scopes);
      } catch (MustacheException e) {
        throw e.getContext() == null ? new MustacheException(e.getMessage(), tc) : e;
      }
    }
  }

  /** Writes booleans and numbers unescaped; everything else through the factory's escaping. */
  private static final class TypedValueCode extends ValueCode {
    TypedValueCode(
        TemplateContext context, DefaultMustacheFactory factory, String variable, boolean encoded) {
      super(context, factory, variable, encoded);
    }

    @Override
    public Writer execute(Writer writer, List<Object> scopes) {
      Object value = get(scopes);
      try {
        if (value instanceof Boolean || value instanceof Number) {
          writer.write(value.toString());
        } else if (value != null) {
          execute(writer, oh.stringify(value));
        }
        return appendText(run(writer, scopes));
      } catch (IOException e) {
        throw new MustacheException("cannot write output", e, tc);
      } catch (MustacheException e) {
        // The file grew past its limit here: this tag's line is where.
        throw e.getContext() == null ? new MustacheException(e.getMessage(), tc) : e;
      }
    }
  }

  /**
   * Looks variables up in the views' own {@link TemplateScope#variable}, innermost scope first. A
   * name no scope has is an error, never empty text; so is a dotted name, since no view holds
   * another view.
   */
  private static final class ScopeObjectHandler extends AbstractObjectHandler {
    @Override
    public Wrapper find(String name, List<Object> scopes) {
      return current -> lookUp(name, current);
    }

    @Override
    public Binding createBinding(String name, TemplateContext context, Code code) {
      return scopes -> {
        Object value = lookUp(name, scopes);
        if (value == TemplateScope.UNDEFINED) {
          throw new MissingVariableException(name, context);
        }
        return value;
      };
    }

    private static Object lookUp(String name, List<Object> scopes) {
      for (int i = scopes.size() - 1; i >= 0; i--) {
        if (scopes.get(i) instanceof TemplateScope scope) {
          Object value = scope.variable(name);
          if (value != TemplateScope.UNDEFINED) {
            return value;
          }
        }
      }
      return TemplateScope.UNDEFINED;
    }
  }
}
