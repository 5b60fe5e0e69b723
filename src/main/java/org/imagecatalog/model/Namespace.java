package org.imagecatalog.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imagecatalog.diag.SourcePosition;

/**
 * A namespace on the CI cluster and the image streams the catalog puts in it, sorted by name.
 *
 * @param description what the namespace is for, for the docs' index; may be empty
 */
public record Namespace(
    String name, SourcePosition at, String description, List<ImageStream> streams) {
  public Namespace {
    Objects.requireNonNull(description, "description");
    streams = streams.stream().sorted(Comparator.comparing(ImageStream::name)).toList();
  }

  public Optional<ImageStream> stream(String streamName) {
    return streams.stream().filter(s -> s.name().equals(streamName)).findFirst();
  }

  public int tagCount() {
    return streams.stream().mapToInt(s -> s.tags().size()).sum();
  }
}
