package org.imagecatalog.render.view;

import java.util.IdentityHashMap;
import java.util.List;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStream;

/** The whole catalog: every namespace, with totals. */
public record CatalogView(
    String catalogFile,
    List<NamespaceView> namespaces,
    int namespaceCount,
    int streamCount,
    int tagCount)
    implements TemplateScope {

  public static CatalogView of(Catalog catalog) {
    return of(catalog, new IdentityHashMap<>());
  }

  /**
   * The view of a catalog whose streams may have views already.
   *
   * @param streams the views of streams built so far, by stream: a stream seen again gets the same
   *     view
   */
  public static CatalogView of(Catalog catalog, IdentityHashMap<ImageStream, StreamView> streams) {
    List<NamespaceView> namespaces =
        catalog.namespaces().stream()
            .map(n -> NamespaceView.of(catalog.fileName(), n, streams))
            .toList();
    return new CatalogView(
        catalog.fileName(),
        namespaces,
        namespaces.size(),
        namespaces.stream().mapToInt(NamespaceView::streamCount).sum(),
        namespaces.stream().mapToInt(NamespaceView::tagCount).sum());
  }

  static final Variables<CatalogView> VARIABLES =
      Variables.<CatalogView>builder()
          .add("catalogFile", CatalogView::catalogFile)
          .add("namespaces", CatalogView::namespaces)
          .add("namespaceCount", CatalogView::namespaceCount)
          .add("streamCount", CatalogView::streamCount)
          .add("tagCount", CatalogView::tagCount)
          .build();

  @Override
  public Object variable(String name) {
    return VARIABLES.get(this, name);
  }
}
