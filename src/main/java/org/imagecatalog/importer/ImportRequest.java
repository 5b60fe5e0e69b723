package org.imagecatalog.importer;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import, and how.
 *
 * @param paths the ImageStream files and folders and the mapping files to read
 * @param exclude leaves out the files of a folder argument whose path below it matches
 * @param namespace the namespace of ImageStream documents that have none, as {@code oc apply -n}
 *     gives it; empty for none
 * @param prefer which source wins where a mapping file and an ImageStream give one target two
 * @param catalogFolder the folder the catalog is written to: its outputs put each kind back where
 *     it was read from, by paths relative to it
 */
public record ImportRequest(
    List<Path> paths,
    PathMatcher exclude,
    Optional<String> namespace,
    Prefer prefer,
    Path catalogFolder) {

  /** Which source wins where the two kinds of input disagree. */
  public enum Prefer {
    /** Neither: a disagreement is an error naming both places. */
    NEITHER,
    /** The mapping file's source, the one ci-images-mirror copies today. */
    MAPPING,
    /** The ImageStream's source, the one the cluster imports today. */
    IMAGESTREAMS
  }

  public ImportRequest {
    paths = List.copyOf(paths);
    Objects.requireNonNull(exclude, "exclude");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(prefer, "prefer");
    catalogFolder = catalogFolder.toAbsolutePath().normalize();
  }
}
