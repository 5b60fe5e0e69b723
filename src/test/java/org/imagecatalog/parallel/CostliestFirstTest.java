package org.imagecatalog.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results in order, every item once, the costliest started first, failures passed on as such. */
class CostliestFirstTest {
  @Test
  void resultsKeepTheItemsOrder() {
    List<Integer> items = IntStream.range(0, 500).map(i -> (i * 7919) % 500).boxed().toList();
    assertEquals(
        items.stream().map(i -> "#" + i).toList(), CostliestFirst.map(items, i -> i, i -> "#" + i));
  }

  @Test
  void everyItemIsWorkedOnOnce() {
    List<String> done = Collections.synchronizedList(new ArrayList<>());
    CostliestFirst.map(List.of("bb", "a", "dddd", "ccc"), String::length, done::add);
    assertEquals(List.of("a", "bb", "ccc", "dddd"), done.stream().sorted().toList());
  }

  @Test
  void theFirstItemStartedIsOneOfTheCostliest() {
    List<String> started = Collections.synchronizedList(new ArrayList<>());
    List<String> items = List.of("bb", "a", "dddddd", "ccc", "eeeee", "ffff");
    CostliestFirst.map(items, String::length, started::add);
    // Each of the cores' first items is among the costliest, one per core.
    int cores = Math.min(ForkJoinPool.getCommonPoolParallelism(), items.size() - 1) + 1;
    List<String> costliest =
        items.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .limit(cores)
            .toList();
    assertTrue(costliest.contains(started.get(0)), started + " started before " + costliest);
  }

  @Test
  void noItemsNoWork() {
    assertEquals(List.of(), CostliestFirst.map(List.<String>of(), String::length, String::trim));
  }

  @Test
  void aFailureReachesTheCallerAsItself() {
    var failure = new IllegalStateException("item 3");
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    assertSame(
        failure,
        assertThrows(
            IllegalStateException.class,
            () ->
                CostliestFirst.map(
                    items,
                    i -> i,
                    i -> {
                      if (i == 3) {
                        throw failure;
                      }
                      return i;
                    })));
  }
}
