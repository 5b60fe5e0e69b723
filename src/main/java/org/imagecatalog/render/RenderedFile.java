package org.imagecatalog.render;

import java.util.List;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.OutputSpec;

/**
 * One output file, in memory.
 *
 * @param path relative to the output folder, '/'-separated
 * @param streams the image streams in the file's scope, against which ImageStream documents in it
 *     are verified
 */
public record RenderedFile(
    String path, String text, OutputType type, OutputSpec spec, List<ImageStream> streams) {
  public RenderedFile {
    streams = List.copyOf(streams);
  }
}
