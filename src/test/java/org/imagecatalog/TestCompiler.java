package org.imagecatalog;

import java.nio.file.Path;
import org.imagecatalog.diag.Result;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.render.RenderedTree;

/** The pipeline for tests: one {@link Compiler}, shared, its executor's threads are daemons. */
public final class TestCompiler {
  public static final Compiler COMPILER = new Compiler();

  private TestCompiler() {}

  /** Steps 1 and 2: the validated catalog. */
  public static Result<Catalog> load(Path catalog) {
    return COMPILER.load(catalog);
  }

  /** Steps 1 to 4: the verified output tree. */
  public static Result<RenderedTree> compile(Path catalog, Path templates) {
    Result<Compiler.Compilation> compiled = COMPILER.compile(catalog, templates);
    return new Result<>(compiled.value().map(Compiler.Compilation::tree), compiled.diagnostics());
  }
}
