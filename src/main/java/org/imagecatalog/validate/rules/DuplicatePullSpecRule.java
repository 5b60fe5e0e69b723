package org.imagecatalog.validate.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.validate.Rule;

/**
 * {@code duplicate-pull-spec} (warning): the catalog lists each external image once; a second
 * target for the same pull spec is usually a copy that will drift.
 */
public final class DuplicatePullSpecRule implements Rule {
  private record Target(ImageStream stream, TagSpec tag) {}

  @Override
  public List<Diagnostic> check(Catalog catalog) {
    Map<String, Target> first = new LinkedHashMap<>();
    var out = new ArrayList<Diagnostic>();
    catalog
        .streams()
        .forEach(
            stream ->
                stream.tags().forEach(tag -> {
                  if (tag.from() instanceof Source.DockerImage image) {
                    String spec = image.pullSpec().toString();
                    Target earlier = first.putIfAbsent(spec, new Target(stream, tag));
                    if (earlier != null) {
                      out.add(
                          Diagnostic.warning(
                                  "duplicate-pull-spec",
                                  tag.at(),
                                  CatalogPath.of(stream, tag),
                                  "\"" + spec + "\" is also imported by "
                                      + earlier.stream().target() + ":" + earlier.tag().name()
                                      + "; list each image once")
                              .withNote(earlier.tag().at(), "first listed here"));
                    }
                  }
                }));
    return out;
  }
}
