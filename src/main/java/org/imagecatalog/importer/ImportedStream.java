package org.imagecatalog.importer;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.imagecatalog.model.ImageStream;

/**
 * An image stream read from the inputs, with every file that contributed to it.
 *
 * @param sourcesOnly true when the input said only where each tag comes from (a mapping file): its
 *     settings and stream fields are defaults, and give way to a manifest's when they merge
 * @param overruled by tag name, the source an input gave that lost to the other's under {@code
 *     --prefer}, said in words: kept as a comment beside the tag, so that the choice shows in
 *     review
 */
record ImportedStream(
    ImageStream stream,
    List<String> files,
    boolean sourcesOnly,
    SortedMap<String, String> overruled) {
  ImportedStream {
    files = List.copyOf(files);
    overruled = new TreeMap<>(overruled);
  }

  ImportedStream(ImageStream stream, List<String> files, boolean sourcesOnly) {
    this(stream, files, sourcesOnly, new TreeMap<>(Map.of()));
  }
}
