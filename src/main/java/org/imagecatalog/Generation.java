package org.imagecatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.imagecatalog.Compiler.Compilation;
import org.imagecatalog.Compiler.Generated;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.load.CatalogSource;
import org.imagecatalog.output.OutputRoot;
import org.imagecatalog.output.OutputWriter;
import org.imagecatalog.output.RunLock;
import org.imagecatalog.output.Stamp;
import org.imagecatalog.output.StateFolder;
import org.imagecatalog.output.TreeDiff;
import org.imagecatalog.render.RenderedFile;
import org.imagecatalog.render.RenderedTree;
import org.imagecatalog.render.SharedFile;
import org.imagecatalog.render.TemplateSet;
import org.imagecatalog.verify.SectionSplice;

/**
 * Step 5 of the {@link Compiler}'s pipeline for one output root: lock it, splice each section into
 * the file it shares, compare the owned part of the root with the tree, and write the difference
 * ({@code generate}) or return it ({@code check}). The catalog is read once, up front, so that the
 * stamp and the load see the same bytes, even from a pipe.
 */
final class Generation {
  private final Compiler compiler;
  private final Path catalogFile;
  private final Path templateFolder;
  private final Path rootFolder;

  Generation(Compiler compiler, Path catalogFile, Path templateFolder, Path rootFolder) {
    this.compiler = compiler;
    this.catalogFile = catalogFile;
    this.templateFolder = templateFolder;
    this.rootFolder = rootFolder;
  }

  Result<Compiler.Checked> check() {
    return compiler
        .compile(catalogFile, templateFolder)
        .then(
            compiled -> {
              Result<OutputRoot> opened = OutputRoot.forReading(rootFolder);
              if (!opened.ok()) {
                return Result.failed(opened.diagnostics());
              }
              OutputRoot root = opened.get();
              Result<RunLock> locked =
                  state(root)
                      .map(StateFolder::lockForReading)
                      .orElse(Result.success(RunLock.none()));
              if (!locked.ok()) {
                return Result.failed(locked.diagnostics());
              }
              RunLock lock = locked.get(); // held while comparing: a writer finishes first
              try {
                return timed("compare", () -> compare(compiled.tree(), root, Set.of()))
                    .then(diff -> Result.success(new Compiler.Checked(compiled.catalog(), diff)));
              } finally {
                lock.close();
              }
            });
  }

  Result<Generated> generate() {
    Result<CatalogSource> read = timed("read", () -> CatalogSource.read(catalogFile));
    if (!read.ok()) {
      return Result.failed(read.diagnostics());
    }
    Result<OutputRoot> opened = OutputRoot.forWriting(rootFolder);
    if (!opened.ok()) {
      return Result.failed(opened.diagnostics());
    }
    try (OutputRoot root = opened.get()) {
      Optional<StateFolder> state = state(root);
      Result<RunLock> locked =
          timed(
              "lock",
              () -> state.map(StateFolder::lockForWriting).orElse(Result.success(RunLock.none())));
      if (!locked.ok()) {
        return Result.failed(locked.diagnostics());
      }
      try (RunLock lock = locked.get()) {
        return generate(read.get(), root, state, lock);
      }
    }
  }

  private Result<Generated> generate(
      CatalogSource source, OutputRoot root, Optional<StateFolder> state, RunLock lock) {
    Optional<Stamp> last = timed("stamp", () -> state.flatMap(Stamp::read));
    if (last.isPresent() && holds(last.get(), source, root)) {
      return new Result<>(Optional.of(unchanged(last.get())), last.get().diagnostics());
    }
    // Folders that the last run of this invocation owned: files it generated there are pruned.
    Set<String> formerlyOwned =
        last.filter(stamp -> stamp.invocation().equals(invocation()))
            .map(Stamp::ownedFolders)
            .orElse(Collections.emptySortedSet());
    Result<Compilation> compiled = compiler.compile(source, templateFolder);
    Result<TreeDiff> compared =
        compiled.then(c -> timed("compare", () -> compare(c.tree(), root, formerlyOwned)));
    Result<Generated> generated = compared.then(diff -> timed("write", () -> write(diff, lock)));
    if (generated.ok() && state.isPresent()) {
      timed(
          "stamp",
          () ->
              stamp(
                  state.get(),
                  source,
                  root,
                  compiled.get(),
                  compared.get(),
                  generated.diagnostics()));
    }
    return generated;
  }

  private Optional<StateFolder> state(OutputRoot root) {
    return compiler.stateHome().map(home -> StateFolder.of(home, root.path()));
  }

  /** The sections spliced into the files they share, then the comparison of the owned part. */
  private static Result<TreeDiff> compare(
      RenderedTree tree, OutputRoot root, Set<String> formerlyOwned) {
    return TreeDiff.sharedFiles(tree, root)
        .then(existing -> splice(tree, root, existing))
        .then(shared -> TreeDiff.compare(tree, root, shared, formerlyOwned));
  }

  private static Result<Map<String, SharedFile>> splice(
      RenderedTree tree, OutputRoot root, Map<String, Optional<String>> existing) {
    var diagnostics = new Diagnostics();
    var shared = new TreeMap<String, SharedFile>();
    existing.forEach(
        (path, text) -> {
          RenderedFile file = tree.files().get(path);
          Result<SharedFile> spliced =
              SectionSplice.splice(file, text, root.path().resolve(path).toString());
          diagnostics.addAll(spliced.diagnostics());
          spliced.value().ifPresent(value -> shared.put(path, value));
        });
    return diagnostics.hasErrors() ? Result.failed(diagnostics) : Result.success(shared);
  }

  private static Result<Generated> write(TreeDiff diff, RunLock lock) {
    List<Diagnostic> problems = OutputWriter.write(diff, lock);
    if (!problems.isEmpty()) {
      return Result.failed(problems);
    }
    return Result.success(
        new Generated(
            diff.changes().stream().map(TreeDiff.Change::path).toList(),
            diff.unchanged(),
            diff.stale(),
            diff.foreign(),
            false));
  }

  /** How this run names its files: a stamp is replayed only for the same names. */
  private String invocation() {
    return String.join(
        "\t",
        compiler.workingFolder().toString(),
        catalogFile.toString(),
        templateFolder.toString(),
        rootFolder.toString());
  }

  /** True when the root's stamp still proves that nothing changed since it was made. */
  private boolean holds(Stamp stamp, CatalogSource source, OutputRoot root) {
    Path templates = templateFolder.toAbsolutePath().normalize();
    List<Path> included =
        stamp.inputs().keySet().stream()
            .map(Path::of)
            .filter(input -> !input.startsWith(templates))
            .toList();
    return inputs(source, included)
        .map(now -> stamp.holds(Compiler.version(), invocation(), now, root.path()))
        .orElse(false);
  }

  private static Generated unchanged(Stamp stamp) {
    return new Generated(List.of(), stamp.outputPaths(), List.of(), stamp.leftAlonePaths(), true);
  }

  private boolean stamp(
      StateFolder state,
      CatalogSource source,
      OutputRoot root,
      Compilation compiled,
      TreeDiff diff,
      List<Diagnostic> diagnostics) {
    List<Path> included = compiled.catalog().includedFiles().stream().map(Path::of).toList();
    Optional<Map<Path, byte[]>> inputs = inputs(source, included);
    if (inputs.isEmpty()) {
      return false; // an input changed under the run: no stamp, the next run is a full one
    }
    var written = new LinkedHashMap<String, String>();
    for (TreeDiff.Change change : diff.changes()) {
      written.put(change.path(), change.text());
    }
    for (String path : diff.unchanged()) {
      RenderedFile file = compiled.tree().files().get(path);
      written.put(path, file.spec().isSection() ? read(root.path().resolve(path)) : file.text());
    }
    try {
      return Stamp.of(
              Compiler.version(),
              invocation(),
              compiled.tree().ownedFolders(),
              compiled.tree().files().values().stream()
                  .filter(file -> file.spec().isSection())
                  .map(RenderedFile::path)
                  .toList(),
              inputs.get(),
              written,
              root.path(),
              diff.foreign(),
              diagnostics)
          .write(state)
          .isEmpty();
    } catch (IOException e) {
      return false; // a file left alone vanished: no stamp, the next run is a full one
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ""; // gone: the stamp will not hold, and the next run is a full one
    }
  }

  /**
   * The bytes of the catalog as this run read it, of its includes and of every template now; empty
   * if one cannot be read.
   */
  private Optional<Map<Path, byte[]>> inputs(CatalogSource source, List<Path> includes) {
    Map<Path, byte[]> inputs = new LinkedHashMap<>();
    inputs.put(
        catalogFile.toAbsolutePath().normalize(), source.text().getBytes(StandardCharsets.UTF_8));
    try {
      for (Path include : includes) {
        if (!inputs.containsKey(include)) {
          inputs.put(include, Files.readAllBytes(include));
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    Result<TemplateSet> templates = TemplateSet.read(templateFolder);
    if (!templates.ok()) {
      return Optional.empty();
    }
    Path folder = templateFolder.toAbsolutePath().normalize();
    templates
        .get()
        .templates()
        .forEach(
            (name, text) ->
                inputs.put(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8)));
    return Optional.of(inputs);
  }

  private <T> T timed(String step, java.util.function.Supplier<T> work) {
    return compiler.timings().time(step, work);
  }
}
