package org.imagecatalog.render;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Namespace;
import org.imagecatalog.model.OutputSpec;
import org.imagecatalog.render.view.CatalogView;
import org.imagecatalog.render.view.NamespaceView;
import org.imagecatalog.render.view.StreamView;

/**
 * Renders every output of a catalog into a {@link RenderedTree}, in three pure steps that the
 * pipeline runs: {@link #plan} lists the files (an output and one item of its scope each), {@link
 * #render} renders one, behind the generated-file marker, and {@link #assemble} claims the paths in
 * the outputs' order, so duplicates are reported the same way however the files were scheduled. The
 * templates are already in memory: nothing here touches the disk.
 */
public final class Renderer {
  /** One item of an output's scope: what the template sees and which streams it covers. */
  private record Item(Object view, List<ImageStream> streams) {}

  /** One file to render: an output and one item of its scope. */
  public static final class Job {
    private final OutputSpec spec;
    private final OutputType type;
    private final Mustache template;
    private final Mustache pathPattern;
    private final Item item;
    private final String marker;
    private final TemplateSet templates;
    private final RenderLimits limits;

    private Job(
        OutputSpec spec,
        OutputType type,
        Mustache template,
        Mustache pathPattern,
        Item item,
        String marker,
        TemplateSet templates,
        RenderLimits limits) {
      this.spec = spec;
      this.type = type;
      this.template = template;
      this.pathPattern = pathPattern;
      this.item = item;
      this.marker = marker;
      this.templates = templates;
      this.limits = limits;
    }

    /** What rendering it costs, roughly: its tags, each stream counting as one more. */
    public long cost() {
      return tags(item.streams());
    }
  }

  /** What rendering one job gave: a file, or the problems that stopped it. */
  public record Outcome(Job job, Optional<RenderedFile> file, List<Diagnostic> problems) {}

  private static final int BYTES_PER_TAG = 256;
  private static final int MAX_PRESIZED_TAGS = 1 << 16;

  private final Catalog catalog;
  private final CompiledTemplates compiled;
  private final TemplateSet templates;
  private final Diagnostics diagnostics = new Diagnostics();
  private final RenderLimits limits;
  private Catalog clusterCatalog;

  /**
   * The views of the catalog and of what the cluster gets, built once each; a stream the two share
   * has one view.
   */
  private final IdentityHashMap<Catalog, CatalogView> views = new IdentityHashMap<>();

  private final IdentityHashMap<ImageStream, StreamView> streamViews = new IdentityHashMap<>();

  private Renderer(Catalog catalog, CompiledTemplates compiled) {
    this.catalog = catalog;
    this.compiled = compiled;
    this.templates = compiled.templates();
    this.limits =
        new RenderLimits(
            catalog.namespaces().size() + catalog.streams().count() + catalog.tags().count());
  }

  /** Every file the catalog's outputs make, with the problems of outputs that make none. */
  public static Result<List<Job>> plan(Catalog catalog, CompiledTemplates templates) {
    var renderer = new Renderer(catalog, templates);
    var jobs = new ArrayList<Job>();
    for (OutputSpec spec : catalog.outputs()) {
      jobs.addAll(renderer.jobs(spec));
    }
    return Result.of(jobs, renderer.diagnostics);
  }

  /**
   * The files, or the problems, of every job: paths claimed in the jobs' order; the outputs' owned
   * folders, whether or not they made a file, since a folder without outputs is to be pruned.
   */
  public static Result<RenderedTree> assemble(List<OutputSpec> outputs, List<Outcome> outcomes) {
    var diagnostics = new Diagnostics();
    SortedMap<String, RenderedFile> files = new TreeMap<>();
    for (Outcome outcome : outcomes) {
      diagnostics.addAll(outcome.problems());
      outcome.file().ifPresent(file -> claim(files, file, diagnostics));
    }
    files.values().forEach(file -> folderOfAnother(files, file, diagnostics));
    var owned =
        RenderedTree.outermost(
            outputs.stream()
                .filter(spec -> !spec.isSection())
                .map(OutputSpec::ownedFolder)
                .toList());
    return Result.of(new RenderedTree(files, owned), diagnostics);
  }

  /** {@code a.md} and {@code a.md/b.md}: one path would have to be a file and a folder at once. */
  private static void folderOfAnother(
      SortedMap<String, RenderedFile> files, RenderedFile file, Diagnostics diagnostics) {
    String path = file.path();
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      RenderedFile other = files.get(path.substring(0, slash));
      if (other != null) {
        diagnostics.add(
            Diagnostic.error(
                    "duplicate-output",
                    file.spec().at(),
                    "outputs",
                    "output \""
                        + path
                        + "\" needs \""
                        + other.path()
                        + "\" to be a folder, but another output writes a file there (template "
                        + other.spec().template()
                        + ")")
                .withNote(other.spec().at(), "that output"));
      }
    }
  }

  private List<Job> jobs(OutputSpec spec) {
    Optional<OutputType> type = OutputType.of(spec.path());
    if (type.isEmpty()) {
      diagnostics.error(
          "output-type",
          spec.at(),
          "outputs",
          "output path \"" + spec.path() + "\" must end in .yaml, .yml or .md");
      return List.of();
    }
    Optional<String> folderProblem =
        spec.ownedFolder().isEmpty()
            ? Optional.empty()
            : OutputPaths.problem(spec.ownedFolder() + "x");
    if (folderProblem.isPresent()) {
      diagnostics.error(
          "output-path",
          spec.at(),
          "outputs",
          "output path \""
              + spec.path()
              + "\": its folder \""
              + spec.ownedFolder()
              + "\" "
              + folderProblem.get());
      return List.of();
    }
    if (spec.isSection() && type.get() != OutputType.YAML) {
      diagnostics.error(
          "output-type",
          spec.at(),
          "outputs",
          "output path \""
              + spec.path()
              + "\" has section "
              + spec.section()
              + ", a key of a YAML file: it must end in .yaml or .yml");
      return List.of();
    }
    if (templates.text(spec.template()).isEmpty()) {
      diagnostics.error(
          "missing-template",
          spec.at(),
          "outputs",
          "no template \"" + spec.template() + "\" in " + templates.folder());
      return List.of();
    }
    Optional<Mustache> template =
        compile(() -> compiled.factory(type.get()).compile(spec.template()));
    Optional<Mustache> pathPattern =
        compile(
            () ->
                compiled
                    .pathFactory()
                    .compile(new StringReader(spec.path()), "path \"" + spec.path() + "\""));
    if (template.isEmpty() || pathPattern.isEmpty()) {
      return List.of();
    }
    String marker = type.get().marker(catalog.fileName()) + "\n";
    return items(spec, type.get()).stream()
        .map(
            item ->
                new Job(
                    spec,
                    type.get(),
                    template.get(),
                    pathPattern.get(),
                    item,
                    marker,
                    templates,
                    limits))
        .toList();
  }

  /**
   * The items of an output's scope. An ImageStream output (YAML, a file of its own) sees what the
   * cluster gets, {@link Catalog#onCluster()}; docs and the mirror section see the whole catalog.
   * Each view is built once and shared by every output that needs it.
   */
  private List<Item> items(OutputSpec spec, OutputType type) {
    boolean imageStreams = type == OutputType.YAML && !spec.isSection();
    if (imageStreams && clusterCatalog == null) {
      clusterCatalog = catalog.onCluster();
    }
    Catalog seen = imageStreams ? clusterCatalog : catalog;
    return items(
        spec.per(), seen, views.computeIfAbsent(seen, c -> CatalogView.of(c, streamViews)));
  }

  private static List<Item> items(OutputSpec.Scope per, Catalog catalog, CatalogView view) {
    var items = new ArrayList<Item>();
    switch (per) {
      case CATALOG -> items.add(new Item(view, catalog.streams().toList()));
      case NAMESPACE -> {
        for (int i = 0; i < catalog.namespaces().size(); i++) {
          Namespace namespace = catalog.namespaces().get(i);
          items.add(new Item(view.namespaces().get(i), namespace.streams()));
        }
      }
      case STREAM -> {
        for (int i = 0; i < catalog.namespaces().size(); i++) {
          NamespaceView namespace = view.namespaces().get(i);
          List<ImageStream> streams = catalog.namespaces().get(i).streams();
          for (int j = 0; j < streams.size(); j++) {
            StreamView stream = namespace.streams().get(j);
            items.add(new Item(stream, List.of(streams.get(j))));
          }
        }
      }
    }
    return items;
  }

  /** Renders one file; pure, and safe to run for several jobs at once. */
  public static Outcome render(Job job) {
    var problems = new ArrayList<Diagnostic>();
    Object view = job.item.view();
    var path = new TextBuffer(64, RenderLimits.MAX_PATH_CHARS);
    var text = new TextBuffer(capacity(job.item.streams()), RenderLimits.MAX_FILE_CHARS);
    text.write(job.marker);
    int bodyStart = text.length();
    boolean pathRendered = execute(job.pathPattern, view, path, problems, job);
    boolean bodyRendered = execute(job.template, view, text, problems, job);
    if (!pathRendered || !bodyRendered) {
      return new Outcome(job, Optional.empty(), problems);
    }
    String relative = path.toString();
    Optional<String> problem = OutputPaths.problem(relative);
    if (problem.isPresent()) {
      problems.add(
          Diagnostic.error(
              "output-path",
              job.spec.at(),
              "outputs",
              "output path \"" + relative + "\" " + problem.get()));
      return new Outcome(job, Optional.empty(), problems);
    }
    var file =
        new RenderedFile(
            relative, text.normalized(bodyStart), job.type, job.spec, job.item.streams());
    return new Outcome(job, Optional.of(file), problems);
  }

  /** Room for what a file usually takes per tag, so the buffer seldom grows by copying. */
  private static int capacity(List<ImageStream> streams) {
    return 1024 + BYTES_PER_TAG * Math.min(tags(streams), MAX_PRESIZED_TAGS);
  }

  /** The tags of the streams, counting each stream as one more: what a file's size follows. */
  private static int tags(List<ImageStream> streams) {
    int tags = 0;
    for (ImageStream stream : streams) {
      tags += stream.tags().size() + 1;
    }
    return tags;
  }

  private static void claim(
      SortedMap<String, RenderedFile> files, RenderedFile file, Diagnostics diagnostics) {
    RenderedFile earlier = files.putIfAbsent(file.path(), file);
    if (earlier != null) {
      diagnostics.add(
          Diagnostic.error(
                  "duplicate-output",
                  file.spec().at(),
                  "outputs",
                  "output \""
                      + file.path()
                      + "\" is produced twice (template "
                      + file.spec().template()
                      + " and template "
                      + earlier.spec().template()
                      + ")")
              .withNote(earlier.spec().at(), "first produced by this output"));
    }
  }

  /** False, with the problem added, when the template fails. */
  private static boolean execute(
      Mustache mustache, Object scope, TextBuffer out, List<Diagnostic> problems, Job job) {
    try {
      // The budget first: every section finds it there; views look past it.
      mustache.execute(out, new ArrayList<>(List.of(new RenderLimits.Spending(job.limits), scope)));
      return true;
    } catch (MustacheException e) {
      problems.add(TemplateErrors.of(e, job.templates, job.spec.template()));
      return false;
    }
  }

  private Optional<Mustache> compile(Supplier<Mustache> compiler) {
    try {
      return Optional.of(compiler.get());
    } catch (MustacheException e) {
      diagnostics.add(TemplateErrors.of(e, templates));
      return Optional.empty();
    }
  }
}
