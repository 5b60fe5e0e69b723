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
 */
public record Catalog(
    String fileName,
    List<String> includedFiles,
    List<Namespace> namespaces,
    List<OutputSpec> outputs) {
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

  /** Every tag with its stream, in catalog order. */
  public Stream<ImageStreamTag> imageStreamTags() {
    return streams().flatMap(s -> s.tags().stream().map(t -> new ImageStreamTag(s, t)));
  }
}
