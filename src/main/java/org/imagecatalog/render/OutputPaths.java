package org.imagecatalog.render;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks a rendered output path: relative, '/'-separated, never leaving the output folder, without
 * the tool's own names, and with names a file system takes.
 */
final class OutputPaths {
  /** A file system's limit on one name, in bytes (NAME_MAX on Linux and macOS). */
  static final int MAX_NAME_BYTES = 255;

  private OutputPaths() {}

  static Optional<String> problem(String path) {
    if (path.isBlank()) {
      return Optional.of("is empty");
    }
    if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
      return Optional.of("must be relative to the output folder, with '/' separators");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
        return Optional.of("leaves the output folder or has an empty or '.' segment");
      }
      if (segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        return Optional.of("contains a control character");
      }
      int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_NAME_BYTES) {
        return Optional.of(
            "has a name of " + bytes + " bytes, and file systems allow " + MAX_NAME_BYTES);
      }
      if (segment.startsWith(".image-catalog")) {
        return Optional.of("uses a name that image-catalog keeps for its own files");
      }
    }
    return Optional.empty();
  }
}
