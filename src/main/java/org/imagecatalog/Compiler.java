package org.imagecatalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.importer.ImportRequest;
import org.imagecatalog.importer.Removal;
import org.imagecatalog.load.CatalogLoader;
import org.imagecatalog.load.CatalogSource;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.output.OutputWriter;
import org.imagecatalog.output.TreeDiff;
import org.imagecatalog.render.CompiledTemplates;
import org.imagecatalog.render.OutputType;
import org.imagecatalog.render.RenderedFile;
import org.imagecatalog.render.RenderedTree;
import org.imagecatalog.render.Renderer;
import org.imagecatalog.render.TemplateSet;
import org.imagecatalog.validate.CatalogValidator;
import org.imagecatalog.validate.rules.TagLintRule;
import org.imagecatalog.verify.OutputVerifier;

/**
 * The compiler's pipeline, the one every command runs:
 *
 * <ol>
 *   <li>load: read the catalog and the files it includes, parse them hermetically and bind them to
 *       the model ({@code load}), while the templates are read and compiled ({@code render});
 *   <li>validate: run every rule over the model ({@code validate});
 *   <li>render: expand the templates over typed views of the model, into files in memory ({@code
 *       render});
 *   <li>verify: parse every YAML output back and compare its ImageStreams with the model ({@code
 *       verify}), on every run, whatever is on disk;
 *   <li>compare the files with the output folder, then write the difference ({@code generate}) or
 *       report it ({@code check}) ({@code output}).
 * </ol>
 *
 * <p>Each step reports diagnostics instead of throwing; the pipeline stops after the first step
 * with an error, and nothing is written unless every step passed. Files are read in step 1 and
 * written in step 5 only. The same catalog and templates always give byte-identical output: every
 * collection is sorted, no time, host or absolute path enters a file.
 *
 * <p>The pipeline owns one executor, with a thread per core, and hands it to the steps that fan
 * out: the key scan and the included files' parses beside the catalog's parse, the rules, the files
 * to render and to verify, each taking the costliest item left. No other threads exist.
 */
public final class Compiler implements AutoCloseable {
  /**
   * The stack of each of the executor's threads: as deep as the main thread's (8 MiB on Linux),
   * since parses that follow includes and nesting recurse on whichever thread runs them.
   */
  private static final long STACK_BYTES = 8L << 20;

  private final ExecutorService executor;
  private final Timings timings = new Timings();
  private final Optional<Path> stateHome;
  private final Path workingFolder;

  /** What the pipeline made of a catalog: the model and its verified output files. */
  public record Compilation(Catalog catalog, RenderedTree tree) {}

  /** What {@code check} found: the catalog, and how the output root differs from its outputs. */
  public record Checked(Catalog catalog, TreeDiff diff) {}

  /** What {@code generate} did to the output folder. */
  public record Generated(
      List<String> written,
      List<String> unchanged,
      List<String> removed,
      List<String> leftAlone,
      boolean stoppedAtStamp) {}

  /** A pipeline that keeps no state between runs: every {@code generate} runs in full. */
  public Compiler() {
    this(Optional.empty(), Path.of(""));
  }

  /**
   * @param stateHome the tool's folder in the user's cache, where the lock and the stamp of each
   *     output root are kept ({@link org.imagecatalog.output.StateFolder}); empty for none
   * @param workingFolder the folder the user works in, against which the paths given are named
   */
  public Compiler(Optional<Path> stateHome, Path workingFolder) {
    this.stateHome = stateHome;
    this.workingFolder = workingFolder.toAbsolutePath().normalize();
    AtomicInteger count = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            work -> {
              var thread =
                  new Thread(null, work, "image-catalog-" + count.incrementAndGet(), STACK_BYTES);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** The time each step of this compiler's runs took, for {@code --timings}. */
  public Timings timings() {
    return timings;
  }

  /** Steps 1 and 2 on a catalog file: the validated catalog. */
  public Result<Catalog> load(Path catalogFile) {
    return timings.time("read", () -> CatalogSource.read(catalogFile)).then(this::load);
  }

  /** Steps 1 and 2 on a catalog from anywhere, a file or an imported text in memory. */
  public Result<Catalog> load(CatalogSource source) {
    Result<Catalog> loaded = timings.time("load", () -> CatalogLoader.load(source, executor));
    if (loaded.value().isEmpty()) {
      return loaded;
    }
    Catalog catalog = loaded.get();
    var diagnostics = new Diagnostics();
    diagnostics.addAll(loaded.diagnostics());
    timings
        .time(
            "validate",
            () -> fanOut(CatalogValidator.RULES, rule -> 1, rule -> rule.check(catalog)))
        .forEach(diagnostics::addAll);
    return Result.of(catalog, diagnostics);
  }

  /** Steps 1 to 4: the validated catalog and its verified output tree. */
  public Result<Compilation> compile(Path catalogFile, Path templateFolder) {
    return timings
        .time("read", () -> CatalogSource.read(catalogFile))
        .then(source -> compile(source, templateFolder));
  }

  /** Steps 1 to 4 on a catalog already read. */
  Result<Compilation> compile(CatalogSource source, Path templateFolder) {
    Future<Result<CompiledTemplates>> templates = executor.submit(() -> prepare(templateFolder));
    Result<Catalog> catalog = load(source);
    Result<CompiledTemplates> compiled = timings.time("templates", () -> finished(templates));
    return catalog.then(
        model ->
            compiled.then(
                prepared ->
                    render(model, prepared)
                        .then(tree -> verify(tree, templateFolder))
                        .then(tree -> Result.success(new Compilation(model, tree)))));
  }

  /**
   * Steps 1 to 5 for {@code check}: how the output root differs from the compiled tree, compared
   * once no {@code generate} is writing it.
   */
  public Result<Checked> check(Path catalogFile, Path templateFolder, Path root) {
    return new Generation(this, catalogFile, templateFolder, root).check();
  }

  /**
   * Steps 1 to 5 for {@code generate}: the output root made equal to the compiled tree. When the
   * root's stamp proves that nothing changed since the last run, nothing else is done.
   */
  public Result<Generated> generate(Path catalogFile, Path templateFolder, Path root) {
    return new Generation(this, catalogFile, templateFolder, root).generate();
  }

  /** Where the state of output roots is kept between runs; empty for none. */
  Optional<Path> stateHome() {
    return stateHome;
  }

  /** The folder the user works in: diagnostics name files relative to it. */
  Path workingFolder() {
    return workingFolder;
  }

  /** A catalog that {@code import} wrote, and the model it loads as. */
  public record ImportedCatalog(String text, Catalog catalog) {}

  /**
   * How {@code import} writes what it read.
   *
   * @param acknowledge write {@code acknowledge = [...]} for the warnings each tag has, so that the
   *     catalog starts without them and only new entries warn
   * @param output the file to write the catalog to, atomically and only when it is valid; empty for
   *     none
   * @param force replace a catalog that is there already
   * @param name the catalog as diagnostics name it
   */
  public record ImportOptions(
      boolean sourceComments,
      boolean acknowledge,
      Optional<Path> output,
      boolean force,
      String name) {}

  /**
   * Reads manifests and mapping files into a catalog's text, then loads that text from memory as
   * {@code validate} would load the file, so that what is written is known to be valid.
   */
  public Result<ImportedCatalog> importFrom(ImportRequest request, ImportOptions options) {
    return new Importing(this, options).run(request);
  }

  /**
   * {@code import --remove-imported}: the ImageStream documents that the catalog defines, cut out
   * of the files the request reads, every other document kept byte for byte; a file left with
   * nothing is deleted. Returns the edits made.
   */
  public Result<List<Removal.Edit>> removeImported(ImportRequest request, Path catalogFile) {
    return load(catalogFile)
        .then(
            catalog -> {
              Set<String> targets =
                  catalog
                      .onCluster()
                      .streams()
                      .map(ImageStream::target)
                      .collect(Collectors.toSet());
              return Removal.plan(request, OutputType.YAML::isMarked, targets);
            })
        .then(
            edits -> {
              var problems = new Diagnostics();
              for (Removal.Edit edit : edits) {
                problems.addAll(
                    edit.text().isPresent()
                        ? OutputWriter.writeFile(edit.file(), edit.text().get())
                        : OutputWriter.deleteFile(edit.file()));
              }
              return problems.hasErrors() ? Result.failed(problems) : Result.success(edits);
            });
  }

  /**
   * {@code acknowledge}: the catalog's acknowledgeable warnings written as {@code acknowledge =
   * [...]} on their tags, in the catalog's own text and the files it includes, every other byte
   * kept. Returns how many warnings were acknowledged.
   */
  public Result<Long> acknowledge(Path catalogFile) {
    return timings
        .time("read", () -> CatalogSource.read(catalogFile))
        .then(
            source -> {
              Result<Catalog> loaded = load(source);
              if (!loaded.ok()) {
                return Result.failed(loaded.diagnostics());
              }
              Result<Long> acknowledged =
                  Acknowledging.edit(source, loaded)
                      .then(texts -> write(texts, source, catalogFile))
                      .then(written -> Result.success(Acknowledging.count(loaded)));
              // The warnings it acknowledged are gone; the others remain, and are told.
              return new Result<>(
                  acknowledged.value(),
                  acknowledged.diagnostics().stream()
                      .filter(d -> !TagLintRule.CODES.contains(d.code()))
                      .toList());
            });
  }

  /** Each edited text to its file: the catalog's own under its path, an include under its own. */
  private static Result<Map<String, String>> write(
      Map<String, String> texts, CatalogSource source, Path catalogFile) {
    var diagnostics = new Diagnostics();
    texts.forEach(
        (file, text) ->
            diagnostics.addAll(
                OutputWriter.writeFile(
                    file.equals(source.name()) ? catalogFile : Path.of(file), text)));
    return diagnostics.hasErrors() ? Result.failed(diagnostics) : Result.success(texts);
  }

  /** The release this jar was built as, or {@code unknown} in a development build. */
  public static String version() {
    try (InputStream in = Compiler.class.getResourceAsStream("/image-catalog.properties")) {
      var properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  private static Result<CompiledTemplates> prepare(Path templateFolder) {
    return TemplateSet.read(templateFolder).then(CompiledTemplates::compile);
  }

  private Result<RenderedTree> render(Catalog catalog, CompiledTemplates templates) {
    return timings.time(
        "render",
        () ->
            Renderer.plan(catalog, templates)
                .then(
                    jobs ->
                        Renderer.assemble(
                            catalog.outputs(),
                            fanOut(jobs, Renderer.Job::cost, Renderer::render))));
  }

  private Result<RenderedTree> verify(RenderedTree tree, Path templateFolder) {
    List<RenderedFile> files = List.copyOf(tree.files().values());
    String templates = templateFolder.toString();
    var diagnostics = new Diagnostics();
    timings
        .time(
            "verify",
            () ->
                fanOut(
                    files, file -> file.text().length(), f -> OutputVerifier.verify(f, templates)))
        .forEach(diagnostics::addAll);
    return Result.of(tree, diagnostics);
  }

  /**
   * Maps the items on the executor, the costliest first: each thread takes the costliest item left,
   * so a step ends with small items, not with one core alone on a large one. The results come in
   * the items' order.
   */
  private <T, R> List<R> fanOut(
      List<T> items, ToLongFunction<? super T> cost, Function<? super T, ? extends R> work) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong((Integer i) -> cost.applyAsLong(items.get(i))).reversed());
    List<Future<? extends R>> running = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      running.add(null);
    }
    for (int index : order) {
      T item = items.get(index);
      Callable<? extends R> task = () -> work.apply(item);
      running.set(index, executor.submit(task));
    }
    var results = new ArrayList<R>(items.size());
    for (Future<? extends R> result : running) {
      results.add(finished(result));
    }
    return results;
  }

  private static <T> T finished(Future<T> work) {
    try {
      return work.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
