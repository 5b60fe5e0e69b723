package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.validate.Rule;

/**
 * {@code namespace-name}: a namespace that holds an ImageStream is a Kubernetes namespace, a
 * DNS-1123 label of at most 63 characters. A namespace whose tags are all mirror-only ({@code
 * imagestream = false}) names no Kubernetes object: its targets are QCI tags, which {@link
 * QciTagRule} checks by ci-tools' rules.
 */
public final class NamespaceNameRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    return catalog.namespaces().stream()
        .filter(ns -> ns.onCluster().isPresent())
        .flatMap(
            ns ->
                KubernetesNames.namespace(ns.name())
                    .map(
                        problem ->
                            Diagnostic.error(
                                "namespace-name",
                                ns.at(),
                                CatalogPath.of(ns),
                                "invalid namespace name \""
                                    + ns.name()
                                    + "\": "
                                    + problem
                                    + " (Kubernetes' rule for the namespace of an ImageStream;"
                                    + " imagestream = false would make its tags mirror-only"
                                    + " entries, which QCI names need not follow)"))
                    .stream())
        .toList();
  }
}
