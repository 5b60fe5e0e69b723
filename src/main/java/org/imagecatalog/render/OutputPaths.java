package org.imagecatalog.render;

import java.util.Optional;

/** Checks a rendered output path: relative, '/'-separated, and never leaving the output folder. */
final class OutputPaths {
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
      if (segment.chars().anyMatch(c -> c < 0x20)) {
        return Optional.of("contains a control character");
      }
    }
    return Optional.empty();
  }
}
