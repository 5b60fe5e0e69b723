package org.imagecatalog.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.ObjectHandler;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A mustache.java factory that fits generated configuration instead of HTML pages:
 *
 * <ul>
 *   <li>templates come from a {@link TemplateSet} in memory, never the classpath or a URL;
 *   <li>{@code {{x}}} escapes for the output's type, {@code {{{x}}}} writes raw;
 *   <li>booleans and numbers are written as they are, so {@code scheduled: {{scheduled}}} stays a
 *       YAML boolean while strings are quoted as needed;
 *   <li>a variable the view lacks throws {@link MissingVariableException} naming template and line.
 * </ul>
 */
final class StrictMustacheFactory extends DefaultMustacheFactory {
  private final UnaryOperator<String> escaper;

  StrictMustacheFactory(TemplateSet templates, UnaryOperator<String> escaper) {
    super(name -> templates.text(name).map(StringReader::new).orElse(null));
    this.escaper = escaper;
    setObjectHandler(new StrictObjectHandler());
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
        list.add(new TypedValueCode(context, df, variable, encoded));
      }
    };
  }

  /** Writes booleans and numbers unescaped; everything else through the factory's escaping. */
  private static final class TypedValueCode extends ValueCode {
    TypedValueCode(TemplateContext context, DefaultMustacheFactory factory, String variable,
        boolean encoded) {
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
      } catch (IOException e) {
        throw new MustacheException("cannot write output", e, tc);
      }
      return appendText(run(writer, scopes));
    }
  }

  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    public Binding createBinding(String name, TemplateContext context, Code code) {
      if (code instanceof PartialCode) {
        return super.createBinding(name, context, code);
      }
      return new StrictBinding(this, name, context, code);
    }
  }

  /**
   * Throws before the wrapper is cached, so a missing variable is reported on every render (see
   * GuardedBinding.createAndGet).
   */
  private static final class StrictBinding extends GuardedBinding {
    private final String name;
    private final TemplateContext context;

    StrictBinding(ObjectHandler handler, String name, TemplateContext context, Code code) {
      super(handler, name, context, code);
      this.name = name;
      this.context = context;
    }

    @Override
    protected synchronized Wrapper getWrapper(String variable, List<Object> scopes) {
      Wrapper wrapper = super.getWrapper(variable, scopes);
      if (wrapper instanceof MissingWrapper) {
        throw new MissingVariableException(name, context);
      }
      return wrapper;
    }
  }
}
