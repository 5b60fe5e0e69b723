package org.imagecatalog.diag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * An input the user's files name (a catalog, an include, a template, a manifest), read whole only
 * when it is a file of at most its kind's limit: a 3 GB file, {@code /dev/zero} or a FIFO with no
 * writer is refused at its path before a byte of it is read, never read until memory runs out. A
 * catalog or a manifest the user names on the command line may also be a pipe ({@code /dev/stdin}),
 * read up to the same limit.
 *
 * @param kind what the file is, in messages, with its article: "a catalog file", "a template"
 * @param limit the most bytes one may have
 * @param pipe whether standard input may stand for the file
 */
public record InputFile(String kind, long limit, boolean pipe) {
  /** A catalog of 500,000 tags is about 60 MB. */
  public static final InputFile CATALOG = new InputFile("a catalog file", 64L << 20, true);

  public static final InputFile INCLUDE = new InputFile("an included file", 64L << 20, false);

  /** The default templates are 3 KB at most. */
  public static final InputFile TEMPLATE = new InputFile("a template", 1L << 20, false);

  /** openshift/release's whole mapping file is 100 KB. */
  public static final InputFile MANIFEST = new InputFile("a manifest", 32L << 20, true);

  /**
   * The file's text, or why it cannot be had, with {@code code} at {@code shown}.
   *
   * @param shown the file as messages name it
   */
  public Result<String> read(Path file, String shown, String code) {
    return bytes(file, shown, code).then(bytes -> Utf8Text.decode(bytes, shown, code));
  }

  /** The file's bytes, or why they cannot be had, with {@code code} at {@code shown}. */
  public Result<byte[]> bytes(Path file, String shown, String code) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      Optional<String> problem = problem(file, attributes);
      if (problem.isPresent()) {
        return failed(shown, code, problem.get());
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      }
      if (bytes.length > limit) {
        return failed(shown, code, "holds more than the " + mib() + " " + kind + " may have");
      }
      return Result.success(bytes);
    } catch (IOException e) {
      return failed(shown, code, reason(e));
    }
  }

  /**
   * Why the file at {@code file} cannot be read as one of this kind, without reading it; empty when
   * it can.
   */
  public Optional<String> problem(Path file) {
    try {
      return problem(file, Files.readAttributes(file, BasicFileAttributes.class));
    } catch (IOException e) {
      return Optional.of(reason(e));
    }
  }

  private Optional<String> problem(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return Optional.of("is a folder, not " + kind);
    }
    if (attributes.isRegularFile()) {
      return attributes.size() > limit
          ? Optional.of(
              String.format(
                  Locale.ROOT,
                  "is %,d bytes, over the %s %s may have",
                  attributes.size(),
                  mib(),
                  kind))
          : Optional.empty();
    }
    if (pipe && isStandardStream(file)) {
      return Optional.empty();
    }
    return Optional.of("is " + special(file) + ", not " + kind);
  }

  /**
   * {@code /dev/stdin}, {@code /dev/fd/N} as a shell's {@code <(...)} names it, or {@code
   * /proc/self/fd/N}: a stream the user has set up to be read. A FIFO anywhere else is refused by
   * name: opening one that no process writes would wait for ever.
   */
  private static boolean isStandardStream(Path file) {
    String path = file.toString();
    return path.equals("/dev/stdin")
        || path.startsWith("/dev/fd/")
        || path.startsWith("/proc/self/fd/");
  }

  private String mib() {
    return (limit >> 20) + " MiB";
  }

  /** What a file that is neither a regular file nor a folder is. */
  private static String special(Path file) {
    try {
      int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
      return switch (type) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "not a regular file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "not a regular file";
    }
  }

  /** The reason without the path, which the diagnostic names already. */
  public String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such " + kind.substring(kind.indexOf(' ') + 1);
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    if (e instanceof FileSystemException f
        && f.getReason() != null
        && f.getReason().startsWith("Too many levels of symbolic links")) {
      return "is a link in a circle of links";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "cannot be read: " + f.getReason(); // "Too many levels of symbolic links"
    }
    return "cannot be read: "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static <T> Result<T> failed(String shown, String code, String message) {
    return Result.failed(Diagnostic.error(code, SourcePosition.of(shown), "", message));
  }
}
