package org.imagecatalog;

import java.nio.file.Path;
import java.util.Collection;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.load.CatalogLoader;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.render.CompiledTemplates;
import org.imagecatalog.render.RenderedTree;
import org.imagecatalog.render.Renderer;
import org.imagecatalog.render.TemplateSet;
import org.imagecatalog.validate.CatalogValidator;
import org.imagecatalog.verify.OutputVerifier;

/**
 * The compiler's pipeline, from a catalog file to an in-memory tree of verified output files:
 *
 * <ol>
 *   <li>load: parse the HOCON catalog hermetically and bind it to the model ({@code load});
 *   <li>validate: run every rule over the model ({@code validate});
 *   <li>render: expand the templates over typed views of the model ({@code render});
 *   <li>verify: parse every YAML output back and compare its ImageStreams with the model ({@code
 *       verify}).
 * </ol>
 *
 * <p>Each step reports diagnostics instead of throwing; the pipeline stops after the first step
 * with an error. Nothing here writes a file: the caller hands the tree to {@code output}. The same
 * catalog and templates always give byte-identical output: every collection is sorted, no time,
 * host or absolute path enters a file.
 */
public final class Compiler {
  private Compiler() {}

  /** Steps 1 and 2: the validated catalog. */
  public static Result<Catalog> check(Path catalogFile) {
    Result<Catalog> loaded = CatalogLoader.load(catalogFile);
    if (loaded.value().isEmpty()) {
      return loaded;
    }
    var diagnostics = new Diagnostics();
    diagnostics.addAll(loaded.diagnostics());
    diagnostics.addAll(CatalogValidator.validate(loaded.get()).sorted());
    return Result.of(loaded.get(), diagnostics);
  }

  /** Steps 1 to 4: the verified output tree. */
  public static Result<RenderedTree> compile(Path catalogFile, Path templateFolder) {
    Result<CompiledTemplates> templates = prepare(templateFolder);
    return check(catalogFile)
        .then(catalog -> templates.then(compiled -> Renderer.render(catalog, compiled)))
        .then(tree -> verify(tree, tree.files().keySet(), templateFolder));
  }

  /**
   * What step 3 needs, independent of the catalog: the templates read and compiled. A command runs
   * this on another core while step 1 reads the catalog.
   */
  public static Result<CompiledTemplates> prepare(Path templateFolder) {
    return TemplateSet.read(templateFolder)
        .then(set -> Result.success(CompiledTemplates.of(set).precompile()));
  }

  /**
   * Step 3: the output tree, not yet verified. The caller verifies at least the files it writes:
   * {@code generate} verifies the files whose bytes changed, since unchanged files on disk were
   * verified when they were written.
   */
  public static Result<RenderedTree> render(Catalog catalog, CompiledTemplates templates) {
    return Renderer.render(catalog, templates);
  }

  /** Step 4 for the named files of the tree. */
  public static Result<RenderedTree> verify(
      RenderedTree tree, Collection<String> paths, Path templateFolder) {
    var diagnostics = new Diagnostics();
    diagnostics.addAll(OutputVerifier.verify(tree, paths, templateFolder.toString()));
    return Result.of(tree, diagnostics);
  }
}
