package org.imagecatalog.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;

/**
 * Where the tool keeps what it knows of one output root between runs: the lock two writers take
 * turns on, and the stamp that lets a run with nothing changed stop early. It lies outside the
 * root, in the user's cache folder, keyed by the root's real path, so a repository holds no file of
 * the tool's own, and a committed or copied tree carries no state with it. A machine without the
 * cache, such as a fresh CI runner, simply runs in full.
 *
 * @param folder {@code HOME/roots/NAME-CHECKSUM}; made on the first write
 */
public record StateFolder(Path folder) {
  /**
   * The state of a root.
   *
   * @param home the tool's folder in the user's cache, such as {@code ~/.cache/image-catalog}
   * @param realRoot the root's real path
   */
  public static StateFolder of(Path home, Path realRoot) {
    String text = realRoot.toString();
    var crc = new CRC32C();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    Path name = realRoot.getFileName();
    String readable = name == null ? "root" : name.toString().replaceAll("[^A-Za-z0-9._-]", "_");
    String key = readable.substring(0, Math.min(40, readable.length()));
    return new StateFolder(
        home.resolve("roots").resolve(key + "-" + Long.toHexString(crc.getValue())));
  }

  /** The exclusive lock of a writer; the folder is made for it, this user's alone. */
  public Result<RunLock> lockForWriting() {
    Optional<Diagnostic> problem = make();
    return problem.isPresent() ? Result.failed(problem.get()) : RunLock.exclusive(lock());
  }

  /** The shared lock of a reader, waiting for a writer; none when no run has written yet. */
  public Result<RunLock> lockForReading() {
    return Files.isDirectory(folder) ? RunLock.shared(lock()) : Result.success(RunLock.none());
  }

  Path lock() {
    return folder.resolve("lock");
  }

  Path stamp() {
    return folder.resolve("stamp");
  }

  /**
   * Makes the folder, readable by this user only. The folders on the way from the tool's cache
   * folder down must be this user's and not links: in a shared temporary folder another user could
   * have made one of them, to read or replace this run's state.
   */
  private Optional<Diagnostic> make() {
    try {
      Path roots = folder.getParent();
      Path home = roots.getParent();
      for (Path level : new Path[] {home, roots, folder}) {
        if (!Files.exists(level, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(level.getParent());
          createPrivate(level);
        }
      }
      UserPrincipal me =
          FileSystems.getDefault()
              .getUserPrincipalLookupService()
              .lookupPrincipalByName(System.getProperty("user.name"));
      for (Path level : new Path[] {home, roots, folder}) {
        BasicFileAttributes attributes =
            Files.readAttributes(level, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()
            || !Files.getOwner(level, LinkOption.NOFOLLOW_LINKS).equals(me)) {
          return Optional.of(
              failure(
                  level + " is not a folder of this user's, so it cannot hold this run's state"));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(failure("cannot be made: " + OutputRoot.reason(e)));
    }
  }

  private static void createPrivate(Path folder) throws IOException {
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectory(
            folder,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectory(folder);
      }
    } catch (FileAlreadyExistsException e) {
      // another run made it meanwhile; its owner is checked next
    }
  }

  private Diagnostic failure(String message) {
    return Diagnostic.error(
        "output-state",
        SourcePosition.of(folder.toString()),
        "",
        "the folder of image-catalog's own state: " + message);
  }
}
