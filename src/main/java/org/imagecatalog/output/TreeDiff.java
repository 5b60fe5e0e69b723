package org.imagecatalog.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.render.OutputType;
import org.imagecatalog.render.RenderedFile;
import org.imagecatalog.render.RenderedTree;

/**
 * How the output folder differs from a rendered tree.
 *
 * @param changes files to create or overwrite
 * @param unchanged files whose bytes already match
 * @param stale files that carry the generated marker but are no longer produced
 * @param foreign files without the marker that the tree does not produce; never touched
 */
public record TreeDiff(
    Path folder,
    List<Change> changes,
    List<String> unchanged,
    List<String> stale,
    List<String> foreign) {

  /** One file to write; {@code before} is empty when the file does not exist yet. */
  public record Change(String path, String text, Optional<String> before) {}

  public TreeDiff {
    changes = List.copyOf(changes);
    unchanged = List.copyOf(unchanged);
    stale = List.copyOf(stale);
    foreign = List.copyOf(foreign);
  }

  public boolean upToDate() {
    return changes.isEmpty() && stale.isEmpty();
  }

  public static Result<TreeDiff> compare(RenderedTree tree, Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      return Result.failed(
          Diagnostic.error(
              "output-folder",
              SourcePosition.of(folder.toString()),
              "",
              "the output folder is a file"));
    }
    try {
      return Result.success(scan(tree, folder));
    } catch (IOException | UncheckedIOException e) {
      return Result.failed(
          Diagnostic.error(
              "output-folder",
              SourcePosition.of(folder.toString()),
              "",
              "cannot read the output folder: " + e.getMessage()));
    }
  }

  private static TreeDiff scan(RenderedTree tree, Path folder) throws IOException {
    var changes = new ArrayList<Change>();
    var unchanged = new ArrayList<String>();
    for (RenderedFile file : tree.files().values()) {
      Path target = folder.resolve(file.path());
      if (Files.isRegularFile(target)) {
        byte[] existing = Files.readAllBytes(target);
        if (Arrays.equals(existing, file.text().getBytes(StandardCharsets.UTF_8))) {
          unchanged.add(file.path());
        } else {
          changes.add(
              new Change(
                  file.path(),
                  file.text(),
                  Optional.of(new String(existing, StandardCharsets.UTF_8))));
        }
      } else {
        changes.add(new Change(file.path(), file.text(), Optional.empty()));
      }
    }
    var stale = new ArrayList<String>();
    var foreign = new ArrayList<String>();
    for (String path : existingFiles(folder)) {
      if (!tree.files().containsKey(path)) {
        (isGenerated(folder.resolve(path), path) ? stale : foreign).add(path);
      }
    }
    return new TreeDiff(folder, changes, unchanged, stale, foreign);
  }

  private static List<String> existingFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> folder.relativize(f).toString().replace('\\', '/'))
          .filter(path -> !path.equals(Stamp.FILE_NAME)) // the tool's own record, not an output
          .sorted()
          .toList();
    }
  }

  private static boolean isGenerated(Path file, String path) throws IOException {
    Optional<OutputType> type = OutputType.of(path);
    if (type.isEmpty()) {
      return false;
    }
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return first != null && type.get().isMarked(first);
    } catch (MalformedInputException e) {
      return false;
    }
  }
}
