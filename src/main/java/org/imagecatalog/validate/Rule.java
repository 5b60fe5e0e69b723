package org.imagecatalog.validate;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;

/** One check over the whole catalog. Implementations are stateless. */
public interface Rule {
  List<Diagnostic> check(Catalog catalog);
}
