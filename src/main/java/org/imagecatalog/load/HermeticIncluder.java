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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagecatalog.diag.InputFile;
import org.imagecatalog.diag.SourcePosition;

/**
 * Allows only {@code include "file"} and {@code include file("file")} that stay inside the
 * catalog's folder. Implementing the URL and classpath interfaces is what stops the library from
 * falling back to its own loaders for those forms.
 *
 * <p>The library parses includes one after another as it meets them. A large catalog split into one
 * file per namespace spends most of its load there, so {@link #parseAhead} hands the main file's
 * includes to the pipeline's executor, and {@link #include} takes the finished result. Only the
 * thread that parses the main file ever waits, and only for tasks that never wait (their own
 * includes they parse in turn, as the library would): no two threads can wait for each other, even
 * when includes form a cycle.
 */
final class HermeticIncluder
    implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL, ConfigIncluderClasspath {
  /** {@code include "x"}, {@code include file("x")}, {@code include required(file("x"))}. */
  private static final Pattern FILE_INCLUDE =
      Pattern.compile("\\binclude\\s+(?:required\\(\\s*)?(?:file\\(\\s*)?\"([^\"\\\\\n]+)\"");

  private final Path root;
  private final ExecutorService executor;
  private final boolean mainFile;
  private final Map<Path, Future<ConfigObject>> ahead;
  private final Set<Path> included;
  private final CatalogSource source;

  /** The files being parsed on this thread, the innermost first: where a cycle shows. */
  private final ThreadLocal<Deque<Path>> chain;

  private final List<Future<ConfigObject>> started = new ArrayList<>();

  /** The thread that parses the main file: the only one that waits for a parse ahead. */
  private volatile Thread owner;

  /** Includes nested deeper than this are refused, as the library refuses them. */
  private static final int MAX_DEPTH = 50;

  /** An include the catalog may not have, and the line of the file that has it. */
  static final class RefusedInclude extends ConfigException.Generic {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition at;

    RefusedInclude(SourcePosition at, String message) {
      super(message);
      this.at = at;
    }

    SourcePosition at() {
      return at;
    }
  }

  /** The includer of the main catalog, parsed from its text. */
  HermeticIncluder(CatalogSource source, ExecutorService executor) {
    this(
        source,
        executor,
        true,
        new ConcurrentHashMap<>(),
        ConcurrentHashMap.newKeySet(),
        ThreadLocal.withInitial(ArrayDeque::new));
  }

  private HermeticIncluder(
      CatalogSource source,
      ExecutorService executor,
      boolean mainFile,
      Map<Path, Future<ConfigObject>> ahead,
      Set<Path> included,
      ThreadLocal<Deque<Path>> chain) {
    this.source = source;
    this.root = source.includeRoot();
    this.executor = executor;
    this.mainFile = mainFile;
    this.ahead = ahead;
    this.included = included;
    this.chain = chain;
  }

  /** The includer of included files, whose own includes are relative to themselves. */
  private HermeticIncluder ofIncludedFiles() {
    return mainFile ? new HermeticIncluder(source, executor, false, ahead, included, chain) : this;
  }

  /** Every file included so far, directly or not, sorted. */
  List<String> includedFiles() {
    return included.stream().map(Path::toString).sorted().toList();
  }

  @Override
  public ConfigIncluder withFallback(ConfigIncluder fallback) {
    return this; // never chain the default includer: it would load URLs and classpath resources
  }

  /**
   * An include in the main catalog, parsed from its text, is relative to the catalog's folder; one
   * in an included file is relative to that file, which only the library knows: it names the
   * sibling when that exists, and a classpath resource, which we never read, when not.
   */
  @Override
  public ConfigObject include(ConfigIncludeContext context, String what) {
    Path target;
    if (mainFile) {
      target = resolve(root, what).orElseThrow(() -> refused(what, ": " + UNNAMEABLE));
    } else {
      ConfigParseable parseable = context.relativeTo(what);
      String sibling = parseable == null ? null : parseable.origin().filename();
      if (sibling == null) {
        throw refused(what, ": no such file beside the file that includes it");
      }
      target =
          resolve(Path.of("").toAbsolutePath(), sibling)
              .orElseThrow(() -> refused(what, ": " + UNNAMEABLE));
    }
    if (!isInside(root, target)) {
      throw refused(what, " leaves the catalog's folder");
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(what, ": no such file beside the catalog");
    }
    Optional<String> unreadable = InputFile.INCLUDE.problem(target);
    if (unreadable.isPresent()) {
      throw refused(what, ": " + unreadable.get());
    }
    Deque<Path> open = chain.get();
    if (open.contains(target)) {
      throw refused(what, " forms a cycle: " + cycle(open, target));
    }
    if (open.size() >= MAX_DEPTH) {
      throw refused(what, " nests includes more than " + MAX_DEPTH + " deep");
    }
    included.add(target);
    Future<ConfigObject> parsed = Thread.currentThread() == owner ? ahead.get(target) : null;
    return parsed == null ? parse(target, context.parseOptions()) : result(parsed);
  }

  private ConfigObject parse(Path file, ConfigParseOptions options) {
    ConfigParseOptions fileOptions =
        options.setAllowMissing(false).setOriginDescription(null).setIncluder(ofIncludedFiles());
    Deque<Path> open = chain.get();
    open.push(file);
    try {
      return ConfigFactory.parseFile(file.toFile(), fileOptions).root();
    } finally {
      open.pop();
    }
  }

  /**
   * The refusal of {@code include "what"}, at the line of the file being parsed that has it: the
   * main catalog, or the innermost included file.
   *
   * @param why what follows the include in the message: ": no such file", " leaves ..."
   */
  private RefusedInclude refused(String what, String why) {
    return new RefusedInclude(lineOf("\"" + what + "\""), "include \"" + what + "\"" + why);
  }

  /** The first line of the file being parsed that has the text: where its include is. */
  private SourcePosition lineOf(String needle) {
    Path including = chain.get().peek();
    String file = including == null ? source.name() : including.toString();
    String text = including == null ? source.text() : readQuietly(including);
    int line = Lines.of(text, needle);
    if (line == 0) {
      // A name with a control character is written as an escape: \\u0000 for NUL.
      line =
          Math.max(
              Lines.of(text, escaped(needle, "%04x")), Lines.of(text, escaped(needle, "%04X")));
    }
    return new SourcePosition(file, line);
  }

  /** The text as a HOCON string writes it, each character below U+0020 or a surrogate escaped. */
  private static String escaped(String text, String hex) {
    var out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || Character.isSurrogate(c)) {
        out.append("\\u").append(String.format(Locale.ROOT, hex, (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code a.conf -> b.conf -> a.conf}, relative to the catalog's folder. */
  private String cycle(Deque<Path> open, Path again) {
    var files = new ArrayList<String>();
    Iterator<Path> outward = open.descendingIterator();
    boolean inCycle = false;
    while (outward.hasNext()) {
      Path file = outward.next();
      inCycle |= file.equals(again);
      if (inCycle) {
        files.add(root.relativize(file).toString());
      }
    }
    files.add(root.relativize(again).toString());
    return String.join(" -> ", files);
  }

  static final String UNNAMEABLE =
      "no file can have that name (a NUL character, or a lone surrogate)";

  /** The file an include names from a folder; empty when no file can have that name. */
  static Optional<Path> resolve(Path folder, String name) {
    try {
      return Optional.of(folder.resolve(name).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** A file an include may read: a regular file within its kind's limit. */
  static boolean readable(Path file) {
    return InputFile.INCLUDE.problem(file).isEmpty();
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public ConfigObject includeFile(ConfigIncludeContext context, File what) {
    return include(context, what.getPath());
  }

  @Override
  public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
    throw new RefusedInclude(
        lineOf("url("),
        "include url(" + what + ") is not allowed: catalogs are hermetic, include files instead");
  }

  @Override
  public ConfigObject includeResources(ConfigIncludeContext context, String what) {
    throw new RefusedInclude(
        lineOf("classpath("),
        "include classpath("
            + what
            + ") is not allowed: catalogs are hermetic, include files instead");
  }

  /** Follows links, so a symbolic link cannot smuggle a file from outside in. */
  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  /** Inside {@code root} also after following links: a link cannot smuggle a file in. */
  static boolean isInside(Path root, Path target) {
    return target.startsWith(root) && realPath(target).startsWith(realPath(root));
  }

  /**
   * Hands the files that {@code text}, the main file, includes to the executor, to be parsed while
   * this thread parses the main file. Only files inside the catalog's folder are read, so a refused
   * include is never opened.
   */
  void parseAhead(String text, ConfigParseOptions options) {
    owner = Thread.currentThread();
    // The regular expression only where the word is: run over a whole 100k-tag file, it cost the
    // load 280 ms before the parse could start.
    Matcher include = FILE_INCLUDE.matcher(text).useTransparentBounds(true);
    for (int at = text.indexOf("include"); at >= 0; at = text.indexOf("include", at + 1)) {
      if (include.region(at, text.length()).lookingAt()) {
        Path target = resolve(root, include.group(1)).orElse(null);
        if (target != null
            && isInside(root, target)
            && readable(target)
            && !ahead.containsKey(target)) {
          Future<ConfigObject> parse = executor.submit(() -> parse(target, options));
          ahead.put(target, parse);
          started.add(parse);
        }
      }
    }
  }

  /**
   * Drops what is still queued, once the main file's parse is over: it failed, or the scan saw an
   * include that is not one (in a comment, say).
   */
  void stopParsingAhead() {
    started.forEach(parse -> parse.cancel(false));
  }

  private static ConfigObject result(Future<ConfigObject> wanted) {
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
