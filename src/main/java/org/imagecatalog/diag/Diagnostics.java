package org.imagecatalog.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one stage. Stages add to it and carry on, so that every problem is
 * reported in one run; {@link #sorted()} gives the de-duplicated, ordered list to print.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  public void addAll(Iterable<Diagnostic> diagnostics) {
    diagnostics.forEach(all::add);
  }

  public void error(String code, SourcePosition at, String path, String message) {
    add(Diagnostic.error(code, at, path, message));
  }

  public void warning(String code, SourcePosition at, String path, String message) {
    add(Diagnostic.warning(code, at, path, message));
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** Sorted by position, path, code and message, without repeats. */
  public List<Diagnostic> sorted() {
    // A list sort, not a TreeSet: Result.then joins two sorted lists, which the list sort merges
    // in one linear pass, and a stage finds its problems mostly in file order. Repeats are then
    // neighbours.
    var ordered = new ArrayList<>(all);
    ordered.sort(Diagnostic.ORDER);
    var distinct = new ArrayList<Diagnostic>(ordered.size());
    for (Diagnostic diagnostic : ordered) {
      if (distinct.isEmpty()
          || Diagnostic.ORDER.compare(distinct.get(distinct.size() - 1), diagnostic) != 0) {
        distinct.add(diagnostic);
      }
    }
    return List.copyOf(distinct);
  }
}
