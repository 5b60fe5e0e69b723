package org.imagecatalog.render;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every output file of a run, sorted by path; what {@code output} writes or compares.
 *
 * @param ownedFolders the folders of the output root that the outputs own, relative to it and
 *     ending in '/' ({@code ""} is the root): only there is anything read, pruned or reported; none
 *     lies inside another
 */
public record RenderedTree(SortedMap<String, RenderedFile> files, SortedSet<String> ownedFolders) {
  public RenderedTree {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    ownedFolders = Collections.unmodifiableSortedSet(new TreeSet<>(ownedFolders));
  }

  /** The folders, less each that lies inside another: {@code docs/} covers {@code docs/ci/}. */
  static SortedSet<String> outermost(Collection<String> folders) {
    var outermost = new TreeSet<String>();
    for (String folder : new TreeSet<>(folders)) {
      if (outermost.stream().noneMatch(folder::startsWith)) {
        outermost.add(folder);
      }
    }
    return outermost;
  }
}
