package org.imagecatalog.diag;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a stage returns: its value and every diagnostic it found along the way. The value is absent
 * when the stage could not build one, and may be partial when there are errors, so that later
 * checks can still run and report their own findings in the same run.
 */
public record Result<T>(Optional<T> value, List<Diagnostic> diagnostics) {
  public Result {
    diagnostics = List.copyOf(diagnostics);
  }

  public static <T> Result<T> of(T value, Diagnostics diagnostics) {
    return new Result<>(Optional.of(value), diagnostics.sorted());
  }

  /** A value and nothing to report. */
  public static <T> Result<T> success(T value) {
    return new Result<>(Optional.of(value), List.of());
  }

  public static <T> Result<T> failed(Diagnostics diagnostics) {
    return new Result<>(Optional.empty(), diagnostics.sorted());
  }

  public static <T> Result<T> failed(List<Diagnostic> diagnostics) {
    return new Result<>(Optional.empty(), diagnostics);
  }

  public static <T> Result<T> failed(Diagnostic diagnostic) {
    return new Result<>(Optional.empty(), List.of(diagnostic));
  }

  /** A value and no errors: the next stage may run. */
  public boolean ok() {
    return value.isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  public T get() {
    return value.orElseThrow(() -> new IllegalStateException("no value: " + diagnostics));
  }

  /**
   * Runs the next stage on the value when there is one and no error; the diagnostics of both stages
   * are kept, sorted together.
   */
  public <U> Result<U> then(Function<T, Result<U>> next) {
    if (!ok()) {
      return new Result<>(Optional.empty(), diagnostics);
    }
    Result<U> after = next.apply(value.get());
    var merged = new Diagnostics();
    merged.addAll(diagnostics);
    merged.addAll(after.diagnostics());
    return new Result<>(after.value(), merged.sorted());
  }
}
