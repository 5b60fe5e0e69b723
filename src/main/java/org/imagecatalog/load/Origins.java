package org.imagecatalog.load;

import com.typesafe.config.ConfigOrigin;
import java.nio.file.Path;
import org.imagecatalog.diag.SourcePosition;

/** Maps HOCON origins to positions. Origins are best effort, so a missing part falls back. */
final class Origins {
  private Origins() {}

  static SourcePosition position(ConfigOrigin origin, String fallbackFile) {
    if (origin == null) {
      return SourcePosition.of(fallbackFile);
    }
    // Normalized: an included file's origin may read "folder/./x.conf", the key scan's never does.
    String file = origin.filename() == null
        ? fallbackFile
        : Path.of(origin.filename()).normalize().toString();
    return new SourcePosition(file, Math.max(origin.lineNumber(), 0));
  }
}
