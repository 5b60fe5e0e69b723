package org.imagecatalog.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;

/**
 * The lock one run holds on an output root: {@code generate} holds it exclusively from the
 * comparison to the last rename, so two runs into one root take turns instead of interleaving;
 * {@code check} holds it shared, so it waits for a writer to finish. The lock is the operating
 * system's, on a file in the root's {@link StateFolder}, so a killed run releases it.
 *
 * <p>A lock file deleted while a run holds it would let a second writer lock a new file of the same
 * name. So a writer notes which file its name leads to once it holds the lock, and before its first
 * rename looks again ({@link #lost}): when the name no longer leads to its file, it stops with
 * nothing changed. It looks with {@code stat} only, never by opening the file: closing any other
 * descriptor of a file drops every POSIX lock the process holds on it.
 */
public final class RunLock implements AutoCloseable {
  private static final int ATTEMPTS = 10;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  /** The file the name led to once the lock was held: its key (the inode) and size. */
  private final Object fileKey;

  private final long size;

  private RunLock(Path file, FileChannel channel, FileLock lock, Object fileKey, long size) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.fileKey = fileKey;
    this.size = size;
  }

  /** No lock: for a root whose state folder cannot be had, or a reader of a root never written. */
  public static RunLock none() {
    return new RunLock(null, null, null, null, 0);
  }

  /** The exclusive lock, waited for; a second writer waits for the first to finish. */
  static Result<RunLock> exclusive(Path file) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        Optional<Diagnostic> odd = notARegularFile(file);
        if (odd.isPresent()) {
          return Result.failed(odd.get());
        }
        FileChannel channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                NOFOLLOW_LINKS);
        FileLock lock = channel.lock();
        // A size of this run's own: the file the name leads to is the locked one only if it has it.
        byte[] token = token();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        Optional<BasicFileAttributes> named = OutputRoot.entry(file);
        if (named.isPresent() && named.get().size() == token.length) {
          return Result.success(
              new RunLock(file, channel, lock, named.get().fileKey(), token.length));
        }
        lock.release(); // the name leads elsewhere now: lock what it leads to
        channel.close();
      } catch (IOException e) {
        return Result.failed(failure(file, "cannot be locked: " + OutputRoot.reason(e)));
      }
    }
    return Result.failed(failure(file, "keeps being replaced while it is locked"));
  }

  /** The shared lock, waited for while a writer holds it; none when no run has written yet. */
  static Result<RunLock> shared(Path file) {
    try {
      if (OutputRoot.entry(file).isEmpty()) {
        return Result.success(none());
      }
      Optional<Diagnostic> odd = notARegularFile(file);
      if (odd.isPresent()) {
        return Result.failed(odd.get());
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, NOFOLLOW_LINKS);
      return Result.success(
          new RunLock(file, channel, channel.lock(0, Long.MAX_VALUE, true), null, 0));
    } catch (IOException e) {
      return Result.failed(failure(file, "cannot be locked: " + OutputRoot.reason(e)));
    }
  }

  /**
   * Empty while the lock file's name still leads to the file this run locked; otherwise why the run
   * must stop: someone removed or replaced it, and another run may be writing.
   */
  public Optional<Diagnostic> lost() {
    if (fileKey == null) {
      return Optional.empty();
    }
    try {
      Optional<BasicFileAttributes> named = OutputRoot.entry(file);
      if (named.isPresent()
          && fileKey.equals(named.get().fileKey())
          && named.get().size() == size) {
        return Optional.empty();
      }
    } catch (IOException e) {
      // gone: lost
    }
    return Optional.of(
        failure(
            file,
            "was removed or replaced while this run held it, so another run may be writing the"
                + " same output folder: nothing was changed; run generate again"));
  }

  private static Optional<Diagnostic> notARegularFile(Path file) throws IOException {
    Optional<BasicFileAttributes> there = OutputRoot.entry(file);
    return there.isEmpty() || there.get().isRegularFile()
        ? Optional.empty()
        : Optional.of(
            failure(
                file,
                "is not a regular file (a link, a FIFO, a folder or a device): image-catalog"
                    + " locks only a regular file of its own; remove it"));
  }

  /** The process and padding to a length drawn at random, which another run will not draw. */
  private static byte[] token() {
    String pid = ProcessHandle.current().pid() + "\n";
    int length = pid.length() + ThreadLocalRandom.current().nextInt(1, 1 << 16);
    return (pid + " ".repeat(length - pid.length() - 1) + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static Diagnostic failure(Path file, String message) {
    return Diagnostic.error(
        "output-lock", SourcePosition.of(file.toString()), "", "the lock file " + message);
  }

  @Override
  public void close() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // the lock goes with the process anyway
    }
  }
}
