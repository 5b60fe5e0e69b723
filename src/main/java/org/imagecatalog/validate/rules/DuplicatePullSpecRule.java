package org.imagecatalog.validate.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.Source;
import org.imagecatalog.validate.Rule;

/**
 * {@code duplicate-pull-spec} (warning): the catalog lists each external image once; a second
 * target for the same pull spec is usually a copy that will drift.
 */
public final class DuplicatePullSpecRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    Map<String, ImageStreamTag> first = new HashMap<>();
    var out = new ArrayList<Diagnostic>();
    catalog
        .imageStreamTags()
        .filter(t -> t.tag().from() instanceof Source.DockerImage)
        .forEach(
            t -> {
              String spec = t.tag().from().toString();
              ImageStreamTag earlier = first.putIfAbsent(spec, t);
              if (earlier != null) {
                out.add(
                    Diagnostic.warning(
                            "duplicate-pull-spec",
                            t.tag().at(),
                            t.path(),
                            "\""
                                + spec
                                + "\" is also imported by "
                                + earlier.target()
                                + "; list each image once")
                        .withNote(earlier.tag().at(), "first listed here"));
              }
            });
    return out;
  }
}
