package org.imagecatalog.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

  /**
   * The streams with each after the streams of this namespace that its {@code from-tag}s and {@code
   * from-image}s name: the order {@code oc apply -f} needs within a file, since a tag's source
   * stream must exist when the tag is created. Name order otherwise; streams that name each other
   * keep it.
   */
  public List<ImageStream> streamsInApplyOrder() {
    var sources = new TreeMap<String, Set<String>>();
    for (ImageStream stream : streams) {
      var names = new TreeSet<String>();
      for (TagSpec tag : stream.tags()) {
        sourceStream(stream, tag.from())
            .filter(source -> !source.equals(stream.name()))
            .ifPresent(names::add);
      }
      names.removeIf(source -> stream(source).isEmpty());
      sources.put(stream.name(), names);
    }
    var ordered = new ArrayList<ImageStream>();
    var placed = new HashSet<String>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (ImageStream stream : streams) {
        if (!placed.contains(stream.name()) && placed.containsAll(sources.get(stream.name()))) {
          ordered.add(stream);
          placed.add(stream.name());
          progress = true;
          break; // the first ready stream by name, then look again from the start
        }
      }
    }
    streams.stream().filter(s -> !placed.contains(s.name())).forEach(ordered::add);
    return ordered;
  }

  /** The stream of this namespace that a tag's source names, if it names one. */
  private Optional<String> sourceStream(ImageStream stream, Source from) {
    Source full = from.within(stream);
    if (!full.namespace().equals(name)) {
      return Optional.empty();
    }
    if (full instanceof Source.StreamTag tag) {
      return Optional.of(tag.stream());
    }
    return full instanceof Source.StreamImage image
        ? Optional.of(image.stream())
        : Optional.empty();
  }

  /** The namespace as the cluster gets it: its ImageStreams; empty when it has none. */
  public Optional<Namespace> onCluster() {
    if (streams.stream().allMatch(s -> s.tags().stream().allMatch(TagSpec::onCluster))) {
      // Every stream as it is: the same namespace, so a renderer builds its views once.
      return streams.isEmpty() ? Optional.empty() : Optional.of(this);
    }
    List<ImageStream> kept = streams.stream().flatMap(s -> s.onCluster().stream()).toList();
    return kept.isEmpty()
        ? Optional.empty()
        : Optional.of(new Namespace(name, at, description, kept));
  }

  public int tagCount() {
    return streams.stream().mapToInt(s -> s.tags().size()).sum();
  }
}
