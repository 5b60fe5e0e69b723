package org.imagecatalog.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Unmodifiable sorted copies for the model's records. Empty ones are the one shared empty map or
 * set: most tags and streams carry no annotations, labels or acknowledgements, and at 100,000 tags
 * a copy each was a quarter of a million empty maps in the heap.
 */
final class SortedCopy {
  private SortedCopy() {}

  static <V> SortedMap<String, V> of(Map<String, V> map) {
    return map.isEmpty()
        ? Collections.emptySortedMap()
        : Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  static SortedSet<String> of(Collection<String> set) {
    return set.isEmpty()
        ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(new TreeSet<>(set));
  }
}
