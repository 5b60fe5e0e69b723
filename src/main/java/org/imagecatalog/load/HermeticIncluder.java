package org.imagecatalog.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderClasspath;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigIncluderURL;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigParseable;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Allows only {@code include "file"} and {@code include file("file")} that stay inside the
 * catalog's folder. Implementing the URL and classpath interfaces is what stops the library from
 * falling back to its own loaders for those forms.
 *
 * <p>The library parses includes one after another as it meets them. A large catalog split into one
 * file per namespace spends most of its load there, so {@link #parseAhead} queues the main file's
 * includes for parser threads on every core, and {@link #include} takes the finished result. Only
 * the thread that parses the main file ever waits, and only for parser threads, which never wait
 * (their own includes they parse in turn, as the library would): no two threads can wait for each
 * other, even when includes form a cycle.
 */
final class HermeticIncluder
    implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL, ConfigIncluderClasspath {
  /** {@code include "x"}, {@code include file("x")}, {@code include required(file("x"))}. */
  private static final Pattern FILE_INCLUDE =
      Pattern.compile("\\binclude\\s+(?:required\\(\\s*)?(?:file\\(\\s*)?\"([^\"\\\\\n]+)\"");

  private final Path root;
  private final Map<Path, FutureTask<ConfigObject>> ahead = new ConcurrentHashMap<>();
  private final Queue<FutureTask<ConfigObject>> unstarted = new ConcurrentLinkedQueue<>();

  /** The thread that parses the main file: the only one that waits for a parser thread. */
  private volatile Thread owner;

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
        "include classpath("
            + what
            + ") is not allowed: catalogs are hermetic, include files"
            + " instead");
  }

  /** Follows links, so a symbolic link cannot smuggle a file from outside in. */
  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  private boolean isInsideRoot(Path target) {
    return isInside(root, target);
  }

  /** Inside {@code root} also after following links: a link cannot smuggle a file in. */
  static boolean isInside(Path root, Path target) {
    return target.startsWith(root) && realPath(target).startsWith(realPath(root));
  }

  private ConfigObject includeInsideRoot(
      ConfigIncludeContext context, ConfigParseable parseable, String what) {
    Path target = Path.of(parseable.origin().filename()).toAbsolutePath().normalize();
    if (!isInsideRoot(target)) {
      throw new RefusedInclude(what, "include \"" + what + "\" leaves the catalog's folder");
    }
    if (!target.toFile().isFile()) {
      throw new RefusedInclude(what, "include \"" + what + "\": no such file beside the catalog");
    }
    FutureTask<ConfigObject> parsed = Thread.currentThread() == owner ? ahead.get(target) : null;
    return parsed == null
        ? parseable.parse(context.parseOptions().setAllowMissing(false))
        : result(parsed);
  }

  /**
   * Queues the files that {@code text}, the main file, includes, and starts parsing them while this
   * thread parses the main file. Only files inside the catalog's folder are read, so a refused
   * include is never opened.
   */
  void parseAhead(String text, ConfigParseOptions options) {
    owner = Thread.currentThread();
    // The regular expression only where the word is: run over a whole 100k-tag file, it cost the
    // load 280 ms before the parse could start.
    Matcher include = FILE_INCLUDE.matcher(text).useTransparentBounds(true);
    for (int at = text.indexOf("include"); at >= 0; at = text.indexOf("include", at + 1)) {
      if (include.region(at, text.length()).lookingAt()) {
        queue(root.resolve(include.group(1)).normalize(), options);
      }
    }
    int threads = Math.min(unstarted.size(), Runtime.getRuntime().availableProcessors());
    for (int i = 0; i < threads; i++) {
      var thread = new Thread(this::parseQueued, "image-catalog include parser");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void queue(Path target, ConfigParseOptions options) {
    if (isInsideRoot(target) && Files.isRegularFile(target) && !ahead.containsKey(target)) {
      var task = new FutureTask<>(() -> ConfigFactory.parseFile(target.toFile(), options).root());
      ahead.put(target, task);
      unstarted.add(task);
    }
  }

  /**
   * Drops what is still queued, once the main file's parse is over: it failed, or the scan saw an
   * include that is not one (in a comment, say).
   */
  void stopParsingAhead() {
    unstarted.clear();
  }

  private void parseQueued() {
    for (FutureTask<ConfigObject> task; (task = unstarted.poll()) != null; ) {
      task.run();
    }
  }

  private static ConfigObject result(FutureTask<ConfigObject> wanted) {
    try {
      return wanted.get();
    } catch (ExecutionException e) {
      // The library's own exception, as if this thread had parsed the file.
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing an include", e);
    }
  }
}
