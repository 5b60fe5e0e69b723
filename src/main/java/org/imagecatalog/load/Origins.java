package org.imagecatalog.load;

import com.typesafe.config.ConfigOrigin;
import org.imagecatalog.diag.SourcePosition;

/** Maps HOCON origins to positions. Origins are best effort, so a missing part falls back. */
final class Origins {
  private Origins() {}

  static SourcePosition position(ConfigOrigin origin, String fallbackFile) {
    if (origin == null) {
      return SourcePosition.of(fallbackFile);
    }
    String file = origin.filename() != null ? origin.filename() : fallbackFile;
    return new SourcePosition(file, Math.max(origin.lineNumber(), 0));
  }
}
