package org.imagecatalog.importer;

import java.util.List;
import org.imagecatalog.model.ImageStream;

/**
 * An image stream read from the inputs, with every file that contributed to it.
 *
 * @param sourcesOnly true when the input said only where each tag comes from (a mapping file): its
 *     settings and stream fields are defaults, and give way to a manifest's when they merge
 */
record ImportedStream(ImageStream stream, List<String> files, boolean sourcesOnly) {
  ImportedStream {
    files = List.copyOf(files);
  }
}
