package org.imagecatalog.render;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every output file of a run, sorted by path; what {@code output} writes or compares. */
public record RenderedTree(SortedMap<String, RenderedFile> files) {
  public RenderedTree {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }
}
