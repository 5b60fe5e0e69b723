package org.imagecatalog.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.imagecatalog.diag.Result;
import org.imagecatalog.load.CatalogLoader;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.output.TreeDiff;
import org.imagecatalog.render.CompiledTemplates;
import org.imagecatalog.render.RenderedTree;
import org.imagecatalog.render.Renderer;
import org.imagecatalog.render.TemplateSet;
import org.imagecatalog.validate.CatalogValidator;
import org.imagecatalog.verify.OutputVerifier;

/**
 * Where the time goes, stage by stage, in one warmed-up JVM: {@code make bench} runs it on each
 * benchmark catalog. Prints the median of the runs after the warm-up, in milliseconds.
 *
 * <p>Usage: StageProfile CATALOG TEMPLATES OUT [RUNS [WARM-UPS]]; with no warm-up, one run shows
 * the cold costs a single command pays.
 */
public final class StageProfile {
  private StageProfile() {}

  public static void main(String[] args) {
    Path catalogFile = Path.of(args[0]);
    Path templateFolder = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int warmUps = args.length > 4 ? Integer.parseInt(args[4]) : 2;
    Map<String, List<Long>> times = new LinkedHashMap<>();
    for (int run = 0; run < runs + warmUps; run++) {
      boolean warm = run >= warmUps;
      Catalog catalog = time(times, warm, "load", () -> CatalogLoader.load(catalogFile)).get();
      time(times, warm, "validate", () -> CatalogValidator.validate(catalog));
      CompiledTemplates templates = CompiledTemplates.of(TemplateSet.read(templateFolder).get());
      Result<RenderedTree> tree =
          time(times, warm, "render", () -> Renderer.render(catalog, templates));
      time(
          times,
          warm,
          "verify",
          () ->
              OutputVerifier.verify(
                  tree.get(), tree.get().files().keySet(), templateFolder.toString()));
      time(times, warm, "diff", () -> TreeDiff.compare(tree.get(), out));
    }
    times.forEach(
        (stage, samples) -> {
          var sorted = new ArrayList<>(samples);
          Collections.sort(sorted);
          System.out.printf(
              "%-10s %8.1f ms (min %.1f, max %.1f)%n",
              stage,
              sorted.get(sorted.size() / 2) / 1e6,
              sorted.get(0) / 1e6,
              sorted.get(sorted.size() - 1) / 1e6);
        });
  }

  private static <T> T time(
      Map<String, List<Long>> times, boolean record, String stage, Supplier<T> work) {
    long start = System.nanoTime();
    T value = work.get();
    if (record) {
      times.computeIfAbsent(stage, k -> new ArrayList<>()).add(System.nanoTime() - start);
    }
    return value;
  }
}
