package org.imagecatalog.render.view;

import java.util.List;
import org.imagecatalog.model.Namespace;

/** One namespace and its streams, sorted by name. */
public record NamespaceView(
    String catalogFile, String namespace, List<StreamView> streams, int streamCount, int tagCount) {

  public static NamespaceView of(String catalogFile, Namespace namespace) {
    return new NamespaceView(
        catalogFile,
        namespace.name(),
        namespace.streams().stream().map(s -> StreamView.of(catalogFile, s)).toList(),
        namespace.streams().size(),
        namespace.tagCount());
  }
}
