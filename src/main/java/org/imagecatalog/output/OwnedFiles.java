package org.imagecatalog.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.SourcePosition;

/**
 * What lies in the part of the output root that the outputs own: every entry below their owned
 * folders, and the shared files their sections go into. Nothing else of the root is visited, so a
 * repository of any size costs what its owned folders hold. Links are never followed; a link, or
 * anything but a folder or a regular file (a FIFO, a device, a socket), is a problem named at its
 * path, since nothing may be read or written through it.
 */
final class OwnedFiles {
  /** A folder or a regular file, by its path relative to the root. */
  enum Kind {
    FILE,
    FOLDER
  }

  /** One entry, with what the file system says of it. */
  record Entry(Kind kind, BasicFileAttributes attributes) {}

  private OwnedFiles() {}

  /**
   * @param ownedFolders relative to the root, each ending in '/' or empty for the root
   * @param sharedFiles relative paths of the files that sections are written into
   */
  static SortedMap<String, Entry> walk(
      Path root,
      Collection<String> ownedFolders,
      Collection<String> sharedFiles,
      Diagnostics problems)
      throws IOException {
    var entries = new TreeMap<String, Entry>();
    for (String folder : ownedFolders) {
      if (reachable(root, folder, problems)) {
        Path start = folder.isEmpty() ? root : root.resolve(folder);
        if (Files.isDirectory(start)) {
          visit(root, start, entries, problems);
        }
      }
    }
    for (String file : sharedFiles) {
      int slash = file.lastIndexOf('/');
      if (reachable(root, file.substring(0, slash + 1), problems)) {
        Path path = root.resolve(file);
        OutputRoot.entry(path)
            .ifPresent(attributes -> add(root, path, attributes, entries, problems));
      }
    }
    return entries;
  }

  /**
   * True when every folder on the way from the root to {@code folder} is a folder or absent; a link
   * or a file on the way is a problem.
   */
  private static boolean reachable(Path root, String folder, Diagnostics problems)
      throws IOException {
    Path at = root;
    for (String name : folder.split("/", -1)) {
      if (name.isEmpty()) {
        continue;
      }
      at = at.resolve(name);
      Optional<BasicFileAttributes> entry = OutputRoot.entry(at);
      if (entry.isEmpty()) {
        return false;
      }
      if (entry.get().isSymbolicLink()) {
        problems.error("output-link", SourcePosition.of(at.toString()), "", LINK);
        return false;
      }
      if (!entry.get().isDirectory()) {
        problems.error(
            "output-obstructed",
            SourcePosition.of(at.toString()),
            "",
            "is a file where the outputs need a folder; move it away");
        return false;
      }
    }
    return true;
  }

  private static final String LINK =
      "is a symbolic link: image-catalog never follows a link in the folders its outputs own, so"
          + " nothing can be read or written through one; remove it";

  private static void visit(
      Path root, Path start, SortedMap<String, Entry> entries, Diagnostics problems)
      throws IOException {
    try {
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              if (!dir.equals(start)) {
                add(root, dir, attributes, entries, problems);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              add(root, file, attributes, entries, problems);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void add(
      Path root,
      Path path,
      BasicFileAttributes attributes,
      SortedMap<String, Entry> entries,
      Diagnostics problems) {
    String relative = root.relativize(path).toString().replace('\\', '/');
    SourcePosition at = SourcePosition.of(path.toString());
    if (attributes.isSymbolicLink()) {
      problems.error("output-link", at, "", LINK);
    } else if (attributes.isDirectory()) {
      entries.put(relative, new Entry(Kind.FOLDER, attributes));
    } else if (attributes.isRegularFile()) {
      entries.put(relative, new Entry(Kind.FILE, attributes));
    } else {
      problems.error(
          "output-folder",
          at,
          "",
          "is not a regular file (a FIFO, a device or a socket): image-catalog reads and writes"
              + " only regular files; remove it");
    }
  }
}
