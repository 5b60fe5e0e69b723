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
      throw new ConfigException.Generic("include \"" + what + "\" does not name a file");
    }
    return includeInsideRoot(context, parseable, what);
  }

  @Override
  public ConfigObject includeFile(ConfigIncludeContext context, File what) {
    return include(context, what.getPath());
  }

  @Override
  public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
    throw new ConfigException.Generic(
        "include url(" + what + ") is not allowed: catalogs are hermetic, include files instead");
  }

  @Override
  public ConfigObject includeResources(ConfigIncludeContext context, String what) {
    throw new ConfigException.Generic(
        "include classpath(" + what + ") is not allowed: catalogs are hermetic, include files"
            + " instead");
  }

  private ConfigObject includeInsideRoot(
      ConfigIncludeContext context, ConfigParseable parseable, String what) {
    Path target = Path.of(parseable.origin().filename()).toAbsolutePath().normalize();
    if (!target.startsWith(root)) {
      throw new ConfigException.Generic(
          "include \"" + what + "\" leaves the catalog's folder " + root);
    }
    if (!target.toFile().isFile()) {
      throw new ConfigException.Generic("include \"" + what + "\": no such file " + target);
    }
    return parseable.parse(context.parseOptions().setAllowMissing(false));
  }
}
