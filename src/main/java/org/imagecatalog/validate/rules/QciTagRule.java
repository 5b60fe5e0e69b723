package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.validate.Rule;

/**
 * {@code qci-tag}: OpenShift CI stores every image its jobs use in QCI ({@code
 * quay.io/openshift/ci}) under the tag {@code <namespace>_<name>_<tag>}, and a registry takes tags
 * of at most 128 characters. A target whose QCI tag is longer cannot be mirrored, so no job could
 * use it, although the cluster would accept the ImageStream.
 */
public final class QciTagRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    return catalog
        .imageStreamTags()
        .filter(t -> t.qciTag().length() > ImageStreamTag.MAX_QCI_TAG_LENGTH)
        .map(
            t ->
                Diagnostic.error(
                    "qci-tag",
                    t.tag().at(),
                    t.path(),
                    "QCI tag \""
                        + t.qciTag()
                        + "\" is "
                        + t.qciTag().length()
                        + " characters; a registry takes at most "
                        + ImageStreamTag.MAX_QCI_TAG_LENGTH
                        + ", so ci-images-mirror cannot copy "
                        + t.target()
                        + " to quay.io/openshift/ci: shorten the namespace, stream or tag name"))
        .toList();
  }
}
