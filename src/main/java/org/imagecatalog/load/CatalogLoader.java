package org.imagecatalog.load;

import java.util.concurrent.ExecutorService;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.model.Catalog;

/**
 * Reads a catalog into the model: the hermetic HOCON parse ({@link HoconCatalog}), then binding.
 */
public final class CatalogLoader {
  private CatalogLoader() {}

  /**
   * The catalog, read, parsed and bound.
   *
   * @param executor the pipeline's, for the work that runs beside the parse
   */
  public static Result<Catalog> load(CatalogSource source, ExecutorService executor) {
    Result<HoconCatalog.Parsed> read = HoconCatalog.parse(source, executor);
    if (read.value().isEmpty()) {
      return Result.failed(read.diagnostics());
    }
    // Bound even after a duplicate definition or an undefined substitution: one run reports all.
    HoconCatalog.Parsed parsed = read.get();
    Result<Catalog> bound =
        CatalogBinder.bind(source.fileName(), parsed.includedFiles(), parsed.root());
    var all = new Diagnostics();
    all.addAll(read.diagnostics());
    all.addAll(bound.diagnostics());
    return new Result<>(bound.value(), all.sorted());
  }
}
