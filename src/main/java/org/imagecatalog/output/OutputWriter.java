package org.imagecatalog.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;

/**
 * Applies a {@link TreeDiff}, all or nothing as far as a file system allows: every changed file is
 * first written under a temporary name of this run beside its target ({@code
 * .image-catalog-RUN-N.tmp}), and only when all of them are written, and the run still holds its
 * lock, are they renamed into place, stale generated files removed, and the leftovers of a killed
 * run deleted. A failure before the first rename changes nothing (folders made for it are removed
 * again). Unchanged files are not touched, so their modification times stay.
 */
public final class OutputWriter {
  /** The code of a write that failed after files had changed: the root is partly written. */
  public static final String PARTIAL = "output-partial";

  private OutputWriter() {}

  /** A changed file written under a temporary name, or why it could not be. */
  private record Staged(Path temporary, Path target, IOException failure) {}

  /**
   * Returns the problems, or empty when every change landed. A file without the generated marker at
   * a produced path is not overwritten: the run stops before writing anything.
   *
   * @param lock the run's lock, checked once more before the first rename
   */
  public static List<Diagnostic> write(TreeDiff diff, RunLock lock) {
    Path root = diff.folder();
    List<Diagnostic> handWritten =
        diff.changes().stream()
            .filter(change -> !change.overwritable())
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
    String run = runName();
    for (int i = 0; i < diff.changes().size(); i++) {
      TreeDiff.Change change = diff.changes().get(i);
      Staged file = stage(root.resolve(change.path()), change.text(), run, i, madeFolders);
      staged.add(file);
      if (file.failure() != null) {
        undo(staged, madeFolders);
        return problem(
            "output-write",
            file.target(),
            "cannot be written, so nothing was changed: " + OutputRoot.reason(file.failure()));
      }
    }
    Optional<Diagnostic> lost = lock.lost();
    if (lost.isPresent()) {
      undo(staged, madeFolders);
      return List.of(lost.get());
    }
    int landed = 0;
    try {
      for (Staged file : staged) {
        move(file.temporary(), file.target());
        landed++;
      }
      for (String path : diff.stale()) {
        Path file = root.resolve(path);
        Files.delete(file);
        landed++;
        removeEmptyParents(file.getParent(), root);
      }
      for (String path : diff.leftovers()) {
        Files.deleteIfExists(root.resolve(path));
      }
    } catch (IOException e) {
      staged.forEach(file -> deleteQuietly(file.temporary()));
      return problem(
          landed == 0 ? "output-write" : PARTIAL,
          root,
          (landed == 0 ? "writing failed before any file changed: " : "writing failed part way, ")
              + (landed == 0 ? "" : landed + " of the files changed: ")
              + OutputRoot.reason(e)
              + "; run generate again to finish, check shows what is out of date");
    }
    return List.of();
  }

  /**
   * A name for this run's temporary files, unique among the runs on this machine: two runs never
   * write into one temporary file, even when they share a folder.
   */
  private static String runName() {
    long pid = ProcessHandle.current().pid();
    return Long.toString(pid, 36)
        + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  private static Staged stage(
      Path target, String text, String run, int index, List<Path> madeFolders) {
    Path temporary = target.resolveSibling(".image-catalog-" + run + "-" + index + ".tmp");
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

  /**
   * Writes one file atomically: a temporary file of this run beside it, then a rename. What is at
   * the target must be a regular file or nothing: a device, a FIFO, a link or a folder there is
   * refused by name, and never replaced.
   */
  public static List<Diagnostic> writeFile(Path file, String text) {
    Path target = file.toAbsolutePath();
    try {
      Optional<BasicFileAttributes> there = OutputRoot.entry(target);
      if (there.isPresent() && !there.get().isRegularFile()) {
        return problem("output-write", file, "is " + kind(there.get()) + refusal());
      }
      Path temporary = target.resolveSibling(".image-catalog-" + runName() + "-0.tmp");
      try {
        Files.createDirectories(temporary.getParent());
        writeTemporary(temporary, text);
        move(temporary, target);
        return List.of();
      } catch (IOException e) {
        deleteQuietly(temporary);
        throw e;
      }
    } catch (IOException e) {
      return problem("output-write", file, "cannot be written: " + OutputRoot.reason(e));
    }
  }

  /** Deletes one file; only a regular file, never what a link leads to. */
  public static List<Diagnostic> deleteFile(Path file) {
    try {
      Optional<BasicFileAttributes> there = OutputRoot.entry(file.toAbsolutePath());
      if (there.isPresent() && !there.get().isRegularFile()) {
        return problem("output-write", file, "is " + kind(there.get()) + ", not a file to delete");
      }
      Files.deleteIfExists(file);
      return List.of();
    } catch (IOException e) {
      return problem("output-write", file, "cannot be deleted: " + OutputRoot.reason(e));
    }
  }

  private static String refusal() {
    return ": image-catalog writes only regular files, by a temporary file and a rename, and"
        + " would replace it; name a regular file";
  }

  private static String kind(BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    return attributes.isDirectory()
        ? "a folder"
        : "not a regular file (a device, a FIFO or a socket)";
  }

  /** A new file of this run's own: never one that is there already, and never through a link. */
  private static void writeTemporary(Path temporary, String text) throws IOException {
    try (OutputStream out = Files.newOutputStream(temporary, CREATE_NEW, WRITE, NOFOLLOW_LINKS)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
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

  private static List<Diagnostic> problem(String code, Path at, String message) {
    return List.of(Diagnostic.error(code, SourcePosition.of(at.toString()), "", message));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // best effort: the original error is the one to report
    }
  }
}
