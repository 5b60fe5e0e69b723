package org.imagecatalog.importer;

import java.util.List;
import java.util.Set;
import org.imagecatalog.model.ImageStream;

/**
 * An image stream read from the inputs, with every file that contributed to it.
 *
 * @param sourcesOnly true when the input said only where each tag comes from (a mapping file): its
 *     settings and stream fields are defaults, and give way to a manifest's when they merge
 * @param builtTags tags the input names without a source: outputs of a build, not imports
 */
record ImportedStream(
    ImageStream stream, List<String> files, boolean sourcesOnly, Set<String> builtTags) {
  ImportedStream {
    files = List.copyOf(files);
    builtTags = Set.copyOf(builtTags);
  }

  /** Nothing to import: every tag is built (or there are none), and no repository is named. */
  boolean buildOutputOnly() {
    return stream.tags().isEmpty() && stream.dockerImageRepository().isEmpty();
  }
}
