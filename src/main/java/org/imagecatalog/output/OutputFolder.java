package org.imagecatalog.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;

/**
 * The output folder, locked for one run: {@code generate} holds an exclusive lock from the
 * comparison to the last rename, so two runs into one folder take turns instead of interleaving;
 * {@code check} waits for a writer to finish. The lock is the operating system's, on {@value
 * #LOCK}, so a killed run releases it.
 *
 * <p>The folder is its real path: an output folder given as a link works in full, prune and {@code
 * check} included. Links inside it are never followed (see {@link TreeDiff}).
 */
public final class OutputFolder implements AutoCloseable {
  /** The lock file, in the folder: the tool's own, never an output, never drift. */
  public static final String LOCK = ".image-catalog.lock";

  /** A temporary file of a run: short, so that a target name of 255 bytes still has room. */
  static final Pattern TEMPORARY = Pattern.compile("\\.image-catalog-\\d+\\.tmp");

  private final Path root;
  private final boolean created;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputFolder(Path root, boolean created, FileChannel channel, FileLock lock) {
    this.root = root;
    this.created = created;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * The folder, created if missing, locked for writing. The lock is waited for: another {@code
   * generate} into the same folder finishes first.
   */
  public static Result<OutputFolder> forWriting(Path folder) {
    SourcePosition at = SourcePosition.of(folder.toString());
    try {
      boolean created = !Files.exists(folder);
      if (!created && !Files.isDirectory(folder)) {
        return failed(at, "the output folder is a file");
      }
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        return failed(at, "cannot create the output folder: " + reason(e));
      }
      Path root = folder.toRealPath();
      FileChannel channel =
          FileChannel.open(
              root.resolve(LOCK),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              NOFOLLOW_LINKS);
      return Result.success(new OutputFolder(root, created, channel, channel.lock()));
    } catch (IOException e) {
      return failed(at, "cannot lock the output folder: " + e);
    }
  }

  /**
   * The folder for reading, waiting for a writer that holds it; a folder that does not exist is
   * read as empty.
   */
  public static Result<OutputFolder> forReading(Path folder) {
    SourcePosition at = SourcePosition.of(folder.toString());
    if (!Files.exists(folder)) {
      return Result.success(new OutputFolder(folder.toAbsolutePath(), false, null, null));
    }
    if (!Files.isDirectory(folder)) {
      return failed(at, "the output folder is a file");
    }
    try {
      Path root = folder.toRealPath();
      FileChannel channel;
      try {
        channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.READ, NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return Result.success(new OutputFolder(root, false, null, null)); // never written
      }
      return Result.success(
          new OutputFolder(root, false, channel, channel.lock(0, Long.MAX_VALUE, true)));
    } catch (IOException e) {
      return failed(at, "cannot read the output folder: " + e);
    }
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getReason()
        : e.toString();
  }

  private static Result<OutputFolder> failed(SourcePosition at, String message) {
    return Result.failed(List.of(Diagnostic.error("output-folder", at, "", message)));
  }

  /** The folder's real path. */
  public Path root() {
    return root;
  }

  /** True for the tool's own files: the lock, the stamp, and temporaries of a run. */
  static boolean isOwn(String relativePath) {
    return relativePath.equals(LOCK) || relativePath.equals(Stamp.FILE_NAME);
  }

  /**
   * Releases the lock. A folder this run created and left empty (it failed before writing) is
   * removed again, so that a failed run changes nothing.
   */
  @Override
  public void close() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
      if (created) {
        removeIfOnlyTheLock();
      }
    } catch (IOException e) {
      // the lock goes with the process anyway; nothing else was changed here
    }
  }

  private void removeIfOnlyTheLock() throws IOException {
    try (var entries = Files.list(root)) {
      if (entries.allMatch(entry -> entry.getFileName().toString().equals(LOCK))) {
        Files.deleteIfExists(root.resolve(LOCK));
        Files.deleteIfExists(root);
      }
    }
  }
}
