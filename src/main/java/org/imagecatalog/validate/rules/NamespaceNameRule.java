package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.validate.Rule;

/** {@code namespace-name}: a namespace is a DNS-1123 label of at most 63 characters. */
public final class NamespaceNameRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    return catalog.namespaces().stream()
        .flatMap(
            ns ->
                KubernetesNames.namespace(ns.name())
                    .map(
                        problem ->
                            Diagnostic.error(
                                "namespace-name",
                                ns.at(),
                                CatalogPath.of(ns),
                                "invalid namespace name \"" + ns.name() + "\": " + problem))
                    .stream())
        .toList();
  }
}
