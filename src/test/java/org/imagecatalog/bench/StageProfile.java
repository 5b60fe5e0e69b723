package org.imagecatalog.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagecatalog.Compiler;

/**
 * Where the time goes, step by step, as the pipeline's own timings see it: {@code make bench} runs
 * it on each benchmark catalog. Each run is a {@code check} with a new {@link Compiler}; prints the
 * median of the runs after the warm-ups, in milliseconds.
 *
 * <p>Usage: StageProfile CATALOG TEMPLATES OUT [RUNS [WARM-UPS]]; with no warm-up, one run shows
 * the cold costs a single command pays.
 */
public final class StageProfile {
  private StageProfile() {}

  public static void main(String[] args) {
    Path catalog = Path.of(args[0]);
    Path templates = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int warmUps = args.length > 4 ? Integer.parseInt(args[4]) : 2;
    Map<String, List<Long>> times = new LinkedHashMap<>();
    for (int run = 0; run < runs + warmUps; run++) {
      try (var compiler = new Compiler()) {
        compiler.check(catalog, templates, out);
        if (run >= warmUps) {
          compiler
              .timings()
              .nanosByStep()
              .forEach(
                  (step, nanos) -> times.computeIfAbsent(step, s -> new ArrayList<>()).add(nanos));
        }
      }
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
}
