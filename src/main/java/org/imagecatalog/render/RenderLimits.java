package org.imagecatalog.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What rendering a catalog may spend, so that no template runs away with the run: sections nested
 * at most {@link #MAX_NESTING} deep, at most {@link #maxIterations} section iterations in all, and
 * files of at most {@link #MAX_FILE_CHARS} characters. A section inside a section of the same list
 * multiplies (three namespaces nested ten deep are 59,049 passes); a real template passes over each
 * part of the catalog a few times, so the budget is a hundred passes per part of the catalog, and a
 * million besides. Passing a limit stops the file at the template line that passed it.
 */
final class RenderLimits {
  static final int MAX_NESTING = 24;
  static final int MAX_FILE_CHARS = 64 << 20;
  static final int MAX_PATH_CHARS = 64 << 10;
  private static final long PASSES_PER_PART = 100;
  private static final long BASE_ITERATIONS = 1_000_000;

  private final long maxIterations;
  private final AtomicLong iterations = new AtomicLong();

  /**
   * @param parts the namespaces, streams and tags of the catalog
   */
  RenderLimits(long parts) {
    this.maxIterations = BASE_ITERATIONS + PASSES_PER_PART * parts;
  }

  /** The first scope of every render: the budget of the run, seen by each section it enters. */
  record Spending(RenderLimits limits) {
    static void iteration(List<Object> scopes, TemplateContext at) {
      if (!scopes.isEmpty() && scopes.get(0) instanceof Spending spending) {
        spending.limits.count(
            scopes.size() - 1, at); // the budget and the root view, then the sections outside
      }
    }
  }

  private void count(int depth, TemplateContext at) {
    if (depth > MAX_NESTING) {
      throw new MustacheException(
          "sections nest more than " + MAX_NESTING + " deep: no view of the catalog is that deep",
          at);
    }
    if (iterations.incrementAndGet() > maxIterations) {
      throw new MustacheException(
          "the templates pass over sections more than "
              + maxIterations
              + " times for this catalog: a section inside a section of the same list multiplies",
          at);
    }
  }

  /** The file a template writes grew past its limit. */
  static MustacheException tooLong(int limit) {
    return new MustacheException(
        "the output passes " + (limit >= 1 << 20 ? (limit >> 20) + " MiB" : limit + " characters"));
  }
}
