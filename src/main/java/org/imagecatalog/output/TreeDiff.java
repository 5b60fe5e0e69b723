package org.imagecatalog.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.render.OutputType;
import org.imagecatalog.render.RenderedFile;
import org.imagecatalog.render.RenderedTree;

/**
 * How the output folder differs from a rendered tree, found without following a link and before
 * anything is written: a link, a folder where a file goes, a file where a folder goes, a file
 * without the generated marker at a produced path, or a name too long for a file system, each stops
 * the run with nothing changed.
 *
 * @param folder the output folder's real path
 * @param changes files to create or overwrite
 * @param unchanged files whose bytes already match
 * @param stale files that carry the generated marker but are no longer produced
 * @param foreign files without the marker that the tree does not produce; never touched
 * @param leftovers temporary files of a run that was killed; removed by the next {@code generate}
 */
public record TreeDiff(
    Path folder,
    List<Change> changes,
    List<String> unchanged,
    List<String> stale,
    List<String> foreign,
    List<String> leftovers) {

  /**
   * One file to write; {@code before} is empty when the file does not exist yet.
   *
   * @param generated false when the file there lacks the generated marker: check shows it as drift,
   *     and the generate command refuses to overwrite it
   */
  public record Change(String path, String text, Optional<String> before, boolean generated) {
    public Change(String path, String text, Optional<String> before) {
      this(path, text, before, true);
    }
  }

  public TreeDiff {
    changes = List.copyOf(changes);
    unchanged = List.copyOf(unchanged);
    stale = List.copyOf(stale);
    foreign = List.copyOf(foreign);
    leftovers = List.copyOf(leftovers);
  }

  public boolean upToDate() {
    return changes.isEmpty() && stale.isEmpty() && leftovers.isEmpty();
  }

  /**
   * How the folder differs from the tree, or every problem that stops a write into it.
   *
   * @param folder the output folder, as {@link OutputFolder} holds it
   */
  public static Result<TreeDiff> compare(RenderedTree tree, OutputFolder folder) {
    Path root = folder.root();
    var problems = new Diagnostics();
    try {
      Map<String, Kind> existing = existing(root, problems);
      TreeDiff diff = diff(tree, root, existing, problems);
      return problems.hasErrors() ? Result.failed(problems) : Result.success(diff);
    } catch (IOException | UncheckedIOException e) {
      return Result.failed(
          Diagnostic.error(
              "output-folder",
              SourcePosition.of(root.toString()),
              "",
              "cannot read the output folder: " + e.getMessage()));
    }
  }

  /** What a path of the output folder is. */
  private enum Kind {
    FILE,
    FOLDER
  }

  /** Every entry of the folder by relative path; links and other oddities are problems. */
  private static Map<String, Kind> existing(Path root, Diagnostics problems) throws IOException {
    var entries = new TreeMap<String, Kind>();
    if (!Files.isDirectory(root)) {
      return entries;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path entry : walk.toList()) {
        String path = root.relativize(entry).toString().replace('\\', '/');
        if (path.isEmpty()) {
          continue;
        }
        if (Files.isSymbolicLink(entry)) {
          problems.error(
              "output-link",
              SourcePosition.of(entry.toString()),
              "",
              "is a symbolic link: image-catalog never follows a link in the output folder, so"
                  + " nothing can be written through one; remove it");
        } else if (Files.isDirectory(entry, NOFOLLOW_LINKS)) {
          entries.put(path, Kind.FOLDER);
        } else if (Files.isRegularFile(entry, NOFOLLOW_LINKS)) {
          entries.put(path, Kind.FILE);
        } else {
          problems.error(
              "output-folder", SourcePosition.of(entry.toString()), "", "is not a regular file");
        }
      }
    }
    return entries;
  }

  private static TreeDiff diff(
      RenderedTree tree, Path root, Map<String, Kind> existing, Diagnostics problems)
      throws IOException {
    var changes = new ArrayList<Change>();
    var unchanged = new ArrayList<String>();
    for (RenderedFile file : tree.files().values()) {
      String path = file.path();
      if (!fits(root, path, existing, problems)) {
        continue;
      }
      Path target = root.resolve(path);
      if (existing.get(path) == null) {
        changes.add(new Change(path, file.text(), Optional.empty()));
        continue;
      }
      byte[] bytes = Files.readAllBytes(target);
      if (Arrays.equals(bytes, file.text().getBytes(StandardCharsets.UTF_8))) {
        unchanged.add(path);
      } else {
        changes.add(
            new Change(
                path,
                file.text(),
                Optional.of(new String(bytes, StandardCharsets.UTF_8)),
                isGenerated(bytes, path)));
      }
    }
    var stale = new ArrayList<String>();
    var foreign = new ArrayList<String>();
    var leftovers = new ArrayList<String>();
    for (Map.Entry<String, Kind> entry : existing.entrySet()) {
      String path = entry.getKey();
      if (entry.getValue() == Kind.FOLDER
          || tree.files().containsKey(path)
          || OutputFolder.isOwn(path)) {
        continue;
      }
      if (OutputFolder.TEMPORARY.matcher(Path.of(path).getFileName().toString()).matches()) {
        leftovers.add(path);
      } else {
        Path file = root.resolve(path);
        (isGenerated(Files.readAllBytes(file), path) ? stale : foreign).add(path);
      }
    }
    return new TreeDiff(root, changes, unchanged, stale, foreign, leftovers);
  }

  /**
   * True when a file can be written at the path: every name short enough, every folder on the way a
   * folder (or absent), and no folder where the file goes.
   */
  private static boolean fits(
      Path root, String path, Map<String, Kind> existing, Diagnostics problems) {
    String[] names = path.split("/", -1);
    var prefix = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      prefix.append(i == 0 ? "" : "/").append(names[i]);
      Kind kind = existing.get(prefix.toString());
      boolean last = i == names.length - 1;
      if (!last && kind == Kind.FILE) {
        return problem(
            root.resolve(prefix.toString()),
            "is a file where the output " + path + " needs a folder; move it away",
            problems);
      }
      if (last && kind == Kind.FOLDER) {
        return problem(
            root.resolve(path), "is a folder where an output file goes; move it away", problems);
      }
    }
    return true;
  }

  private static boolean problem(Path at, String message, Diagnostics problems) {
    problems.error("output-obstructed", SourcePosition.of(at.toString()), "", message);
    return false;
  }

  /** True when the bytes start with the generated marker of the path's type. */
  private static boolean isGenerated(byte[] bytes, String path) {
    Optional<OutputType> type = OutputType.of(path);
    if (type.isEmpty()) {
      return false;
    }
    int end = 0;
    while (end < bytes.length && end < 1000 && bytes[end] != '\n') {
      end++;
    }
    return type.get().isMarked(new String(bytes, 0, end, StandardCharsets.UTF_8));
  }
}
