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
import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;

/**
 * Applies a {@link TreeDiff}: writes changed files atomically, removes stale generated files, and
 * leaves everything else alone. Unchanged files are not touched, so their modification times stay,
 * and tools that watch them see nothing.
 */
public final class OutputWriter {
  private static final long PID = ProcessHandle.current().pid();

  private OutputWriter() {}

  /** A changed file written beside its target under a temporary name, or why it could not be. */
  private record Staged(Path temporary, Path target, IOException failure) {}

  /**
   * Returns a problem, or empty when every change landed. Every changed file is written first under
   * a temporary name, and only then renamed into place.
   */
  public static List<Diagnostic> write(TreeDiff diff) {
    List<Staged> staged = diff.changes().stream().map(change -> stage(diff, change)).toList();
    for (Staged file : staged) {
      if (file.failure() != null) {
        staged.forEach(each -> deleteQuietly(each.temporary()));
        return List.of(
            Diagnostic.error(
                "output-write",
                SourcePosition.of(diff.folder().toString()),
                "",
                "cannot write the output folder, nothing was changed: " + file.failure()));
      }
    }
    try {
      for (Staged file : staged) {
        move(file.temporary(), file.target());
      }
      for (String path : diff.stale()) {
        Path file = diff.folder().resolve(path);
        Files.delete(file);
        removeEmptyParents(file.getParent(), diff.folder());
      }
    } catch (IOException e) {
      staged.forEach(file -> deleteQuietly(file.temporary()));
      return List.of(
          Diagnostic.error(
              "output-write",
              SourcePosition.of(diff.folder().toString()),
              "",
              "writing the output folder failed part way: " + e));
    }
    return List.of();
  }

  private static Staged stage(TreeDiff diff, TreeDiff.Change change) {
    Path target = diff.folder().resolve(change.path());
    Path temporary = temporaryBeside(target);
    try {
      Files.createDirectories(target.getParent());
      writeTemporary(temporary, change.text());
      return new Staged(temporary, target, null);
    } catch (IOException e) {
      return new Staged(temporary, target, e);
    }
  }

  /** Writes one file atomically: a temporary file beside it, then a rename. */
  public static List<Diagnostic> writeFile(Path file, String text) {
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      temporary = temporaryBeside(file.toAbsolutePath());
      writeTemporary(temporary, text);
      move(temporary, file);
      return List.of();
    } catch (IOException e) {
      if (temporary != null) {
        deleteQuietly(temporary);
      }
      return List.of(
          Diagnostic.error(
              "output-write", SourcePosition.of(file.toString()), "", "cannot write: " + e));
    }
  }

  /**
   * A name for the temporary copy of {@code target}, unique to this process. Not {@link
   * Files#createTempFile}: its random names need a seeded {@code SecureRandom}, about 15 ms of a
   * 200 ms run, and the process id already keeps concurrent runs apart.
   */
  private static Path temporaryBeside(Path target) {
    return target.resolveSibling(".image-catalog-" + target.getFileName() + "." + PID + ".tmp");
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

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // best effort: the original error is the one to report
    }
  }
}
