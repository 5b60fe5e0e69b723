package org.imagecatalog.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole catalog: namespaces sorted by name, and the outputs to render.
 *
 * @param fileName the catalog's file name, as the generated files name their source
 * @param includedFiles every file the catalog includes, directly or not, as absolute paths
 * @param fixCommand what {@code check} tells a maintainer to run when the outputs are stale, such
 *     as {@code make update}
 */
public record Catalog(
    String fileName,
    List<String> includedFiles,
    List<Namespace> namespaces,
    List<OutputSpec> outputs,
    String fixCommand) {
  /** What {@code check} advises when a catalog names no {@code fix-command}. */
  public static final String DEFAULT_FIX_COMMAND = "make generate";

  public Catalog {
    includedFiles = List.copyOf(includedFiles);
    namespaces = namespaces.stream().sorted(Comparator.comparing(Namespace::name)).toList();
    outputs = List.copyOf(outputs);
  }

  public Optional<Namespace> namespace(String name) {
    return namespaces.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  public Stream<ImageStream> streams() {
    return namespaces.stream().flatMap(n -> n.streams().stream());
  }

  public Stream<TagSpec> tags() {
    return streams().flatMap(s -> s.tags().stream());
  }

  /**
   * What the CI cluster gets: the ImageStreams, each with the tags that go to the cluster; what is
   * only mirrored to QCI is left out.
   */
  public Catalog onCluster() {
    if (tags().allMatch(TagSpec::onCluster)) {
      return this; // the same catalog, so a renderer builds its views once
    }
    List<Namespace> kept = namespaces.stream().flatMap(n -> n.onCluster().stream()).toList();
    return new Catalog(fileName, includedFiles, kept, outputs, fixCommand);
  }

  /** Every tag with its stream, in catalog order. */
  public Stream<ImageStreamTag> imageStreamTags() {
    return streams().flatMap(s -> s.tags().stream().map(t -> new ImageStreamTag(s, t)));
  }
}
