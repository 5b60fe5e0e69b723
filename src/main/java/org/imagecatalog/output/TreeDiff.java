package org.imagecatalog.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.render.OutputType;
import org.imagecatalog.render.RenderedFile;
import org.imagecatalog.render.RenderedTree;
import org.imagecatalog.render.SharedFile;

/**
 * How the owned part of the output root differs from a rendered tree, found without following a
 * link and before anything is written: a link, a folder where a file goes, a file where a folder
 * goes, a file without the generated marker at a produced path, or anything but a regular file,
 * each stops the run with nothing changed. Files are read only as far as the comparison needs
 * ({@link ExistingFile}).
 *
 * @param folder the output root's real path
 * @param changes files to create or overwrite
 * @param unchanged files whose bytes already match
 * @param stale files that carry the generated marker but are no longer produced
 * @param foreign files in owned folders without the marker that the tree does not produce; never
 *     touched
 * @param leftovers temporary files of a run that was killed; removed by the next {@code generate}
 */
public record TreeDiff(
    Path folder,
    List<Change> changes,
    List<String> unchanged,
    List<String> stale,
    List<String> foreign,
    List<String> leftovers) {

  /** A temporary file of a run: short, so that a target name of 255 bytes still has room. */
  static final Pattern TEMPORARY = Pattern.compile("\\.image-catalog-[0-9a-z]+-\\d+\\.tmp");

  /**
   * One file to write.
   *
   * @param text the file's whole new text
   * @param exists a file is there now
   * @param overwritable the file there may be overwritten: it carries the generated marker, or it
   *     is a shared file a section goes into
   * @param label the file as the report names it; a section says which
   * @param shownBefore what the report shows as the old text
   * @param shownAfter what the report shows as the new text
   */
  public record Change(
      String path,
      String text,
      boolean exists,
      boolean overwritable,
      String label,
      String shownBefore,
      String shownAfter) {}

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
   * How the root differs from the tree, or every problem that stops a write into it.
   *
   * @param shared the new text of each file a section goes into, by path
   * @param formerlyOwned folders the outputs owned at the last run here and own no longer: their
   *     generated files are stale, and nothing else of them is reported
   */
  public static Result<TreeDiff> compare(
      RenderedTree tree,
      OutputRoot root,
      Map<String, SharedFile> shared,
      Collection<String> formerlyOwned) {
    Path path = root.path();
    var problems = new Diagnostics();
    try {
      var folders = new ArrayList<>(tree.ownedFolders());
      formerlyOwned.stream().filter(f -> !owned(tree, f)).forEach(folders::add);
      SortedMap<String, OwnedFiles.Entry> existing =
          OwnedFiles.walk(path, folders, shared.keySet(), problems);
      TreeDiff diff = new Comparison(tree, path, existing, shared, problems).diff();
      return problems.hasErrors() ? Result.failed(problems) : Result.success(diff);
    } catch (IOException e) {
      return Result.failed(
          Diagnostic.error(
              "output-folder",
              SourcePosition.of(path.toString()),
              "",
              "cannot read the output folder: " + OutputRoot.reason(e)));
    }
  }

  /** The files sections go into, as they are now: what a section is spliced into. */
  public static Result<Map<String, Optional<String>>> sharedFiles(
      RenderedTree tree, OutputRoot root) {
    var problems = new Diagnostics();
    var texts = new java.util.TreeMap<String, Optional<String>>();
    try {
      List<String> paths =
          tree.files().values().stream()
              .filter(file -> file.spec().isSection())
              .map(RenderedFile::path)
              .toList();
      SortedMap<String, OwnedFiles.Entry> existing =
          OwnedFiles.walk(root.path(), List.of(), paths, problems);
      for (String path : paths) {
        OwnedFiles.Entry entry = existing.get(path);
        if (entry == null) {
          texts.put(path, Optional.empty());
        } else if (entry.kind() == OwnedFiles.Kind.FOLDER) {
          problems.error(
              "output-obstructed",
              SourcePosition.of(root.path().resolve(path).toString()),
              "",
              "is a folder where an output file goes; move it away");
        } else {
          Optional<String> text = ExistingFile.open(root.path().resolve(path)).text();
          if (text.isEmpty()) {
            problems.error(
                "output-shared",
                SourcePosition.of(root.path().resolve(path).toString()),
                "",
                "is larger than "
                    + (ExistingFile.MAX_READ >> 20)
                    + " MiB: too large for a file a section is written into");
          }
          texts.put(path, text);
        }
      }
    } catch (IOException e) {
      problems.error(
          "output-folder",
          SourcePosition.of(root.path().toString()),
          "",
          "cannot read the output folder: " + OutputRoot.reason(e));
    }
    return problems.hasErrors() ? Result.failed(problems) : Result.success(texts);
  }

  /** One comparison: the tree, the root's owned entries, and where problems go. */
  private record Comparison(
      RenderedTree tree,
      Path root,
      SortedMap<String, OwnedFiles.Entry> existing,
      Map<String, SharedFile> shared,
      Diagnostics problems) {

    TreeDiff diff() throws IOException {
      var changes = new ArrayList<Change>();
      var unchanged = new ArrayList<String>();
      for (RenderedFile file : tree.files().values()) {
        if (fits(file.path())) {
          compare(file, changes, unchanged);
        }
      }
      var stale = new ArrayList<String>();
      var foreign = new ArrayList<String>();
      var leftovers = new ArrayList<String>();
      for (Map.Entry<String, OwnedFiles.Entry> entry : existing.entrySet()) {
        String path = entry.getKey();
        if (entry.getValue().kind() == OwnedFiles.Kind.FOLDER || tree.files().containsKey(path)) {
          continue;
        }
        boolean generated = isGenerated(ExistingFile.open(root.resolve(path)), path);
        if (TEMPORARY.matcher(Path.of(path).getFileName().toString()).matches()) {
          leftovers.add(path);
        } else if (generated) {
          stale.add(path);
        } else if (owned(tree, path)) {
          foreign.add(path);
        }
      }
      return new TreeDiff(root, changes, unchanged, stale, foreign, leftovers);
    }

    private void compare(RenderedFile file, List<Change> changes, List<String> unchanged)
        throws IOException {
      String path = file.path();
      SharedFile section = shared.get(path);
      String text = section == null ? file.text() : section.text();
      if (existing.get(path) == null) {
        changes.add(
            new Change(path, text, false, true, section == null ? path : label(file), "", text));
        return;
      }
      ExistingFile there = ExistingFile.open(root.resolve(path));
      if (there.holds(text.getBytes(StandardCharsets.UTF_8))) {
        unchanged.add(path);
      } else if (section != null) {
        // The whole file, whose other lines are the same: the diff shows the section's lines only,
        // at their lines in the file.
        changes.add(
            new Change(path, text, true, true, label(file), section.existing().orElse(""), text));
      } else {
        String before = there.text().orElse("(" + there.size() + " bytes, too large to show)\n");
        changes.add(new Change(path, text, true, isGenerated(there, path), path, before, text));
      }
    }

    private static String label(RenderedFile file) {
      return file.path() + " (section " + file.spec().section() + ")";
    }

    /**
     * True when a file can be written at the path: every folder on the way a folder (or absent),
     * and no folder where the file goes.
     */
    private boolean fits(String path) {
      String[] names = path.split("/", -1);
      var prefix = new StringBuilder();
      for (int i = 0; i < names.length; i++) {
        prefix.append(i == 0 ? "" : "/").append(names[i]);
        OwnedFiles.Entry entry = existing.get(prefix.toString());
        boolean last = i == names.length - 1;
        if (!last && entry != null && entry.kind() == OwnedFiles.Kind.FILE) {
          return problem(
              root.resolve(prefix.toString()),
              "is a file where the output " + path + " needs a folder; move it away");
        }
        if (last && entry != null && entry.kind() == OwnedFiles.Kind.FOLDER) {
          return problem(root.resolve(path), "is a folder where an output file goes; move it away");
        }
      }
      return true;
    }

    private boolean problem(Path at, String message) {
      problems.error("output-obstructed", SourcePosition.of(at.toString()), "", message);
      return false;
    }
  }

  /** True when the path lies in a folder the tree's outputs own. */
  private static boolean owned(RenderedTree tree, String path) {
    return tree.ownedFolders().stream().anyMatch(path::startsWith);
  }

  /** True when the file starts with the generated marker of its path's type. */
  private static boolean isGenerated(ExistingFile file, String path) {
    Optional<OutputType> type = OutputType.of(path);
    return type.isPresent() && type.get().isMarked(file.firstLine());
  }
}
