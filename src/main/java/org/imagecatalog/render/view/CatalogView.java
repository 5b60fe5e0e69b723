package org.imagecatalog.render.view;

import java.util.List;
import org.imagecatalog.model.Catalog;

/** The whole catalog: every namespace, with totals. */
public record CatalogView(
    String catalogFile,
    List<NamespaceView> namespaces,
    int namespaceCount,
    int streamCount,
    int tagCount)
    implements TemplateScope {

  public static CatalogView of(Catalog catalog) {
    List<NamespaceView> namespaces =
        catalog.namespaces().stream().map(n -> NamespaceView.of(catalog.fileName(), n)).toList();
    return new CatalogView(
        catalog.fileName(),
        namespaces,
        namespaces.size(),
        namespaces.stream().mapToInt(NamespaceView::streamCount).sum(),
        namespaces.stream().mapToInt(NamespaceView::tagCount).sum());
  }

  @Override
  public Object variable(String variable) {
    return switch (variable) {
      case "catalogFile" -> catalogFile;
      case "namespaces" -> namespaces;
      case "namespaceCount" -> namespaceCount;
      case "streamCount" -> streamCount;
      case "tagCount" -> tagCount;
      default -> UNDEFINED;
    };
  }
}
