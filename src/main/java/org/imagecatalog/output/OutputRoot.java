package org.imagecatalog.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;

/**
 * The output root that output paths are relative to ({@code --out}): {@code generated/} by default,
 * or a whole repository ({@code --out .}) whose outputs go where the repository keeps them. Only
 * the folders the outputs own, and the shared files their sections go into, are ever read below it
 * ({@link TreeDiff}); the rest of the root is never walked.
 *
 * <p>The root is its real path, so an output root given as a link works in full. Below it, no link
 * is followed.
 *
 * @param shown the root as the user named it, for messages
 */
public record OutputRoot(Path path, Path shown, boolean created) implements AutoCloseable {
  /** The root, created when missing; a file there is refused. */
  public static Result<OutputRoot> forWriting(Path folder) {
    SourcePosition at = SourcePosition.of(folder.toString());
    boolean created = !Files.exists(folder);
    if (!created && !Files.isDirectory(folder)) {
      return failed(at, "the output folder is a file");
    }
    try {
      Files.createDirectories(folder);
      return Result.success(new OutputRoot(folder.toRealPath(), folder, created));
    } catch (IOException e) {
      return failed(at, "cannot create the output folder: " + reason(e));
    }
  }

  /** The root for reading; one that does not exist reads as empty. */
  public static Result<OutputRoot> forReading(Path folder) {
    SourcePosition at = SourcePosition.of(folder.toString());
    if (!Files.exists(folder)) {
      return Result.success(new OutputRoot(folder.toAbsolutePath().normalize(), folder, false));
    }
    if (!Files.isDirectory(folder)) {
      return failed(at, "the output folder is a file");
    }
    try {
      return Result.success(new OutputRoot(folder.toRealPath(), folder, false));
    } catch (IOException e) {
      return failed(at, "cannot read the output folder: " + reason(e));
    }
  }

  /** What is at a path below the root, links not followed; empty when nothing is. */
  static Optional<BasicFileAttributes> entry(Path file) throws IOException {
    try {
      return Optional.of(Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW_LINKS));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** The reason of a failed file operation, without the path the diagnostic names already. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static Result<OutputRoot> failed(SourcePosition at, String message) {
    return Result.failed(List.of(Diagnostic.error("output-folder", at, "", message)));
  }

  /** A root this run created and left empty (it failed before writing) is removed again. */
  @Override
  public void close() {
    if (!created) {
      return;
    }
    try (var entries = Files.list(path)) {
      if (entries.findAny().isEmpty()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // nothing was written into it; an empty folder left behind is harmless
    }
  }
}
