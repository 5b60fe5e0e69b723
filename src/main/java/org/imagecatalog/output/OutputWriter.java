package org.imagecatalog.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;

/**
 * Applies a {@link TreeDiff}, all or nothing as far as a file system allows: every changed file is
 * first written under a short temporary name beside its target ({@code .image-catalog-N.tmp}), and
 * only when all of them are written are they renamed into place, stale generated files removed, and
 * the leftovers of a killed run deleted. A failure before the first rename changes nothing (folders
 * made for it are removed again). Unchanged files are not touched, so their modification times
 * stay. The caller holds the folder's lock ({@link OutputFolder}).
 */
public final class OutputWriter {
  private OutputWriter() {}

  /** A changed file written under a temporary name, or why it could not be. */
  private record Staged(Path temporary, Path target, IOException failure) {}

  /**
   * Returns the problems, or empty when every change landed. A file without the generated marker at
   * a produced path is not overwritten: the run stops before writing anything.
   */
  public static List<Diagnostic> write(TreeDiff diff) {
    Path root = diff.folder();
    List<Diagnostic> handWritten =
        diff.changes().stream()
            .filter(change -> !change.generated())
            .map(
                change ->
                    Diagnostic.error(
                        "output-foreign",
                        SourcePosition.of(root.resolve(change.path()).toString()),
                        "",
                        "was not written by image-catalog (it has no generated marker), and an"
                            + " output goes here; image-catalog does not overwrite it: move it"
                            + " away"))
            .toList();
    if (!handWritten.isEmpty()) {
      return handWritten;
    }
    var madeFolders = new ArrayList<Path>();
    var staged = new ArrayList<Staged>();
    for (int i = 0; i < diff.changes().size(); i++) {
      TreeDiff.Change change = diff.changes().get(i);
      Staged file = stage(root.resolve(change.path()), change.text(), i, madeFolders);
      staged.add(file);
      if (file.failure() != null) {
        undo(staged, madeFolders);
        return problem(
            root, "cannot write the output folder, nothing was changed: " + file.failure());
      }
    }
    try {
      for (Staged file : staged) {
        move(file.temporary(), file.target());
      }
      for (String path : diff.stale()) {
        Path file = root.resolve(path);
        Files.delete(file);
        removeEmptyParents(file.getParent(), root);
      }
      for (String path : diff.leftovers()) {
        Files.deleteIfExists(root.resolve(path));
      }
    } catch (IOException e) {
      staged.forEach(file -> deleteQuietly(file.temporary()));
      return problem(
          root,
          "writing the output folder failed part way: "
              + e
              + "; run generate again to finish, check shows what is out of date");
    }
    return List.of();
  }

  private static Staged stage(Path target, String text, int index, List<Path> madeFolders) {
    Path temporary = target.resolveSibling(".image-catalog-" + index + ".tmp");
    try {
      makeFolders(target.getParent(), madeFolders);
      writeTemporary(temporary, text);
      return new Staged(temporary, target, null);
    } catch (IOException e) {
      return new Staged(temporary, target, e);
    }
  }

  /** Makes the missing folders of the path, remembering each, outermost first. */
  private static void makeFolders(Path folder, List<Path> madeFolders) throws IOException {
    var missing = new ArrayList<Path>();
    for (Path at = folder; at != null && !Files.exists(at, NOFOLLOW_LINKS); at = at.getParent()) {
      missing.add(at);
    }
    Collections.reverse(missing);
    for (Path at : missing) {
      Files.createDirectory(at);
      madeFolders.add(at);
    }
  }

  private static void undo(List<Staged> staged, List<Path> madeFolders) {
    staged.forEach(file -> deleteQuietly(file.temporary()));
    for (int i = madeFolders.size() - 1; i >= 0; i--) {
      deleteQuietly(madeFolders.get(i));
    }
  }

  /** Writes one file atomically: a temporary file beside it, then a rename. */
  public static List<Diagnostic> writeFile(Path file, String text) {
    Path temporary = file.toAbsolutePath().resolveSibling(".image-catalog-0.tmp");
    try {
      Files.createDirectories(temporary.getParent());
      writeTemporary(temporary, text);
      move(temporary, file);
      return List.of();
    } catch (IOException e) {
      deleteQuietly(temporary);
      return problem(file, "cannot write: " + e);
    }
  }

  /**
   * A file of the temporary's name can only be left over from a killed run: it is overwritten, but
   * never followed if it is a symbolic link.
   */
  private static void writeTemporary(Path temporary, String text) throws IOException {
    Files.writeString(
        temporary, text, StandardCharsets.UTF_8, CREATE, TRUNCATE_EXISTING, WRITE, NOFOLLOW_LINKS);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void removeEmptyParents(Path folder, Path root) throws IOException {
    Path current = folder;
    while (current != null && !current.equals(root) && current.startsWith(root)) {
      try {
        Files.delete(current);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
      current = current.getParent();
    }
  }

  private static List<Diagnostic> problem(Path at, String message) {
    return List.of(Diagnostic.error("output-write", SourcePosition.of(at.toString()), "", message));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // best effort: the original error is the one to report
    }
  }
}
