package org.imagecatalog.render;

import java.util.Objects;
import java.util.Optional;

/**
 * A file that a section output shares with hand-written keys: the file as it is, and its whole new
 * text with the section spliced in.
 *
 * @param existing the file as it is now; empty when it does not exist
 * @param text the whole file with the new section
 */
public record SharedFile(Optional<String> existing, String text) {
  public SharedFile {
    Objects.requireNonNull(existing, "existing");
    Objects.requireNonNull(text, "text");
  }
}
