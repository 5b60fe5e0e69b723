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

  static final Variables<NamespaceView> VARIABLES =
      Variables.<NamespaceView>builder()
          .add("catalogFile", NamespaceView::catalogFile)
          .add("namespace", NamespaceView::namespace)
          .add("description", NamespaceView::description)
          .add("hasDescription", NamespaceView::hasDescription)
          .add("streams", NamespaceView::streams)
          .add("streamCount", NamespaceView::streamCount)
          .add("tagCount", NamespaceView::tagCount)
          .build();

  @Override
  public Object variable(String name) {
    return VARIABLES.get(this, name);
  }
}
