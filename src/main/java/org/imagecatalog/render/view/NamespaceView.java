package org.imagecatalog.render.view;

import java.util.List;
import org.imagecatalog.model.Namespace;

/** One namespace and its streams, sorted by name. */
public record NamespaceView(
    String catalogFile,
    String namespace,
    String description,
    boolean hasDescription,
    List<StreamView> streams,
    int streamCount,
    int tagCount)
    implements TemplateScope {

  public static NamespaceView of(String catalogFile, Namespace namespace) {
    return new NamespaceView(
        catalogFile,
        namespace.name(),
        namespace.description(),
        !namespace.description().isEmpty(),
        namespace.streams().stream().map(s -> StreamView.of(catalogFile, s)).toList(),
        namespace.streams().size(),
        namespace.tagCount());
  }

  @Override
  public Object variable(String variable) {
    return switch (variable) {
      case "catalogFile" -> catalogFile;
      case "namespace" -> namespace;
      case "description" -> description;
      case "hasDescription" -> hasDescription;
      case "streams" -> streams;
      case "streamCount" -> streamCount;
      case "tagCount" -> tagCount;
      default -> UNDEFINED;
    };
  }
}
