package org.imagecatalog.validate;

import java.util.ArrayList;
import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStream;

/** A rule that looks at one image stream at a time, its tags included. */
public interface StreamRule extends Rule {
  /** Adds what is wrong with {@code stream} to {@code out}. */
  void check(ImageStream stream, List<Diagnostic> out);

  @Override
  default List<Diagnostic> check(Catalog catalog) {
    var out = new ArrayList<Diagnostic>();
    catalog.streams().forEach(stream -> check(stream, out));
    return out;
  }
}
