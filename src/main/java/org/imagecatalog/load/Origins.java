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
    String file = origin.filename() == null ? fallbackFile : normalized(origin.filename());
    return new SourcePosition(file, Math.max(origin.lineNumber(), 0));
  }

  /**
   * An included file's origin may read "folder/./x.conf", the key scan's never does. Checked first:
   * this runs for every value of the catalog, and almost no name needs it.
   */
  private static String normalized(String file) {
    return file.contains("/.") ? Path.of(file).normalize().toString() : file;
  }
}
