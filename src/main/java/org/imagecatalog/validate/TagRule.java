package org.imagecatalog.validate;

import java.util.ArrayList;
import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStreamTag;

/** A rule that looks at one tag at a time, with the whole catalog to look things up in. */
public interface TagRule extends Rule {
  /** Adds what is wrong with {@code tag} to {@code out}. */
  void check(Catalog catalog, ImageStreamTag tag, List<Diagnostic> out);

  @Override
  default List<Diagnostic> check(Catalog catalog) {
    var out = new ArrayList<Diagnostic>();
    catalog.imageStreamTags().forEach(tag -> check(catalog, tag, out));
    return out;
  }
}
