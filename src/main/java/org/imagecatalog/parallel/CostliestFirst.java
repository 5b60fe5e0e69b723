package org.imagecatalog.parallel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Maps independent items on every core, costliest first. A parallel stream cuts a list into fixed
 * chunks; with files of very different sizes (one namespace can hold a tenth of a catalog) one core
 * ended a stage alone on a chunk of large files. Here each core takes the costliest item left, so
 * the stage ends with small ones.
 */
public final class CostliestFirst {
  private CostliestFirst() {}

  /** The results in the items' order, whatever order they were computed in. */
  public static <T, R> List<R> map(
      List<T> items, ToLongFunction<? super T> cost, Function<? super T, ? extends R> work) {
    List<Integer> order = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong((Integer i) -> cost.applyAsLong(items.get(i))).reversed());
    var results = new ArrayList<R>(items.size());
    for (int i = 0; i < items.size(); i++) {
      results.add(null);
    }
    var next = new AtomicInteger();
    Runnable worker =
        () -> {
          int taken;
          while ((taken = next.getAndIncrement()) < order.size()) {
            int index = order.get(taken);
            results.set(index, work.apply(items.get(index)));
          }
        };
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), items.size() - 1);
    var running = new ArrayList<CompletableFuture<Void>>();
    for (int i = 0; i < helpers; i++) {
      running.add(CompletableFuture.runAsync(worker, ForkJoinPool.commonPool()));
    }
    worker.run();
    try {
      running.forEach(CompletableFuture::join);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    return results;
  }
}
