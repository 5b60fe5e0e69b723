package org.imagecatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The time each step of the pipeline took, for {@code --timings}: where a slow run goes; and the
 * whole, for {@code generate}'s summary line.
 */
public final class Timings {
  private record Lap(String step, long nanos) {}

  private final long start = System.nanoTime();
  private final List<Lap> laps = new ArrayList<>();

  <T> T time(String step, Supplier<T> work) {
    long begin = System.nanoTime();
    try {
      return work.get();
    } finally {
      synchronized (laps) {
        laps.add(new Lap(step, System.nanoTime() - begin));
      }
    }
  }

  /** For example {@code timings: load 120 ms, validate 9 ms, render 40 ms, total 180 ms}. */
  @Override
  public String toString() {
    var text = new StringBuilder("timings:");
    synchronized (laps) {
      for (Lap lap : laps) {
        text.append(' ').append(lap.step()).append(' ').append(lap.nanos() / 1_000_000);
        text.append(" ms,");
      }
    }
    return text.append(" total ").append(elapsedMillis()).append(" ms").toString();
  }

  /** Since the pipeline was made. */
  public long elapsedMillis() {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
