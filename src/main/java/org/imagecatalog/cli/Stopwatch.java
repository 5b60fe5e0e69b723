package org.imagecatalog.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The time each step of a command took, for {@code --timings}: where a slow run goes; and the
 * whole, for the summary line.
 */
final class Stopwatch {
  private record Lap(String step, long nanos) {}

  private final long start = System.nanoTime();
  private final List<Lap> laps = new ArrayList<>();

  <T> T time(String step, Supplier<T> work) {
    long begin = System.nanoTime();
    try {
      return work.get();
    } finally {
      laps.add(new Lap(step, System.nanoTime() - begin));
    }
  }

  /** For example {@code timings: load and validate 120 ms, render 40 ms, total 180 ms}. */
  @Override
  public String toString() {
    var text = new StringBuilder("timings:");
    for (Lap lap : laps) {
      text.append(' ')
          .append(lap.step())
          .append(' ')
          .append(lap.nanos() / 1_000_000)
          .append(" ms,");
    }
    return text.append(" total ").append(elapsedMillis()).append(" ms").toString();
  }

  long elapsedMillis() {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
