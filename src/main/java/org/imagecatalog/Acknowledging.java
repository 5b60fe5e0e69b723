package org.imagecatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.load.Acknowledgements;
import org.imagecatalog.load.CatalogSource;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.validate.rules.TagLintRule;

/**
 * Which tags of a loaded catalog warn today with a warning a tag may acknowledge, and the edits
 * that acknowledge them in the catalog's own text ({@link Acknowledgements}).
 */
final class Acknowledging {
  private Acknowledging() {}

  /**
   * The catalog's texts with every acknowledgeable warning acknowledged, by file as positions name
   * them; empty when there is nothing to acknowledge.
   *
   * @param loaded the catalog as loaded from {@code source}, with its diagnostics
   */
  static Result<Map<String, String>> edit(CatalogSource source, Result<Catalog> loaded) {
    Map<String, SortedSet<String>> warned = new TreeMap<>();
    for (Diagnostic diagnostic : loaded.diagnostics()) {
      if (TagLintRule.CODES.contains(diagnostic.code())) {
        warned.computeIfAbsent(diagnostic.path(), path -> new TreeSet<>()).add(diagnostic.code());
      }
    }
    if (warned.isEmpty() || loaded.value().isEmpty()) {
      return Result.success(Map.of());
    }
    var tags = new ArrayList<Acknowledgements.Tag>();
    for (ImageStreamTag tag : loaded.get().imageStreamTags().toList()) {
      SortedSet<String> codes = warned.get(tag.path());
      if (codes != null) {
        var all = new TreeSet<>(tag.tag().acknowledged());
        all.addAll(codes);
        tags.add(new Acknowledgements.Tag(keys(tag), tag.tag().at(), all));
      }
    }
    return Acknowledgements.write(source, tags);
  }

  /** How many warnings the edit acknowledges. */
  static long count(Result<Catalog> loaded) {
    return loaded.diagnostics().stream().filter(d -> TagLintRule.CODES.contains(d.code())).count();
  }

  private static List<String> keys(ImageStreamTag tag) {
    return List.of(
        "namespaces", tag.stream().namespace(), tag.stream().name(), "tags", tag.tag().name());
  }
}
