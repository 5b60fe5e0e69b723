package org.imagecatalog.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderClasspath;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigIncluderURL;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseable;
import java.io.File;
import java.net.URL;
import java.nio.file.Path;

/**
 * Allows only {@code include "file"} and {@code include file("file")} that stay inside the
 * catalog's folder. Implementing the URL and classpath interfaces is what stops the library from
 * falling back to its own loaders for those forms.
 */
final class HermeticIncluder
    implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL, ConfigIncluderClasspath {
  private final Path root;

  /** An include the catalog may not have; names what was included so it can be found. */
  static final class RefusedInclude extends ConfigException.Generic {
    private static final long serialVersionUID = 1L;
    private final String target;

    RefusedInclude(String target, String message) {
      super(message);
      this.target = target;
    }

    String target() {
      return target;
    }
  }

  HermeticIncluder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public ConfigIncluder withFallback(ConfigIncluder fallback) {
    return this; // never chain the default includer: it would load URLs and classpath resources
  }

  @Override
  public ConfigObject include(ConfigIncludeContext context, String what) {
    ConfigParseable parseable = context.relativeTo(what);
    if (parseable == null || parseable.origin().filename() == null) {
      throw new RefusedInclude(what, "include \"" + what + "\": no such file beside the catalog");
    }
    return includeInsideRoot(context, parseable, what);
  }

  @Override
  public ConfigObject includeFile(ConfigIncludeContext context, File what) {
    return include(context, what.getPath());
  }

  @Override
  public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
    throw new RefusedInclude(
        what.toString(),
        "include url(" + what + ") is not allowed: catalogs are hermetic, include files instead");
  }

  @Override
  public ConfigObject includeResources(ConfigIncludeContext context, String what) {
    throw new RefusedInclude(
        what,
        "include classpath(" + what + ") is not allowed: catalogs are hermetic, include files"
            + " instead");
  }

  /** Follows links, so a symbolic link cannot smuggle a file from outside in. */
  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (java.io.IOException e) {
      return path;
    }
  }

  private ConfigObject includeInsideRoot(
      ConfigIncludeContext context, ConfigParseable parseable, String what) {
    Path target = Path.of(parseable.origin().filename()).toAbsolutePath().normalize();
    if (!target.startsWith(root) || !realPath(target).startsWith(realPath(root))) {
      throw new RefusedInclude(what, "include \"" + what + "\" leaves the catalog's folder");
    }
    if (!target.toFile().isFile()) {
      throw new RefusedInclude(what, "include \"" + what + "\": no such file beside the catalog");
    }
    return parseable.parse(context.parseOptions().setAllowMissing(false));
  }
}
