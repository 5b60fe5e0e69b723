package org.imagecatalog.validate.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.PullSpec;
import org.imagecatalog.validate.Rule;

/**
 * {@code qci-tag}: OpenShift CI keeps every image its jobs use in QCI ({@code
 * quay.io/openshift/ci}) under the tag {@code <namespace>_<name>_<tag>}: ci-images-mirror replaces
 * the first '/' and the first ':' of the target with '_'. That tag must be one a registry takes
 * ({@code [\w][\w.-]{0,127}}), which is all a mirror-only target must satisfy; it must be the tag
 * of one target only, since two targets that flatten alike overwrite each other in QCI; and it may
 * not have the shape of the tags the mirror writes for itself beside each image ({@code
 * <YYYYMMDD>_sha256_<digest>}), which its clean-up takes for its own.
 */
public final class QciTagRule implements Rule {
  private static final Pattern MIRROR_OWN = Pattern.compile("\\d{8}_sha256_[0-9a-f]+");

  @Override
  public List<Diagnostic> check(Catalog catalog) {
    var out = new ArrayList<Diagnostic>();
    Map<String, ImageStreamTag> first = new HashMap<>();
    catalog
        .imageStreamTags()
        .forEach(
            t -> {
              String qci = t.qciTag();
              if (qci.length() > ImageStreamTag.MAX_QCI_TAG_LENGTH) {
                out.add(error(t, tooLong(t)));
              } else if (!t.tag().onCluster() && !PullSpec.isTag(qci)) {
                out.add(error(t, notATag(t)));
              }
              if (MIRROR_OWN.matcher(qci).matches()) {
                out.add(
                    error(
                        t,
                        "QCI tag \""
                            + qci
                            + "\" has the shape of the tags ci-images-mirror writes for itself"
                            + " (<YYYYMMDD>_sha256_<digest>), which it would take for its own:"
                            + " rename the namespace, stream or tag"));
              }
              ImageStreamTag earlier = first.putIfAbsent(qci, t);
              if (earlier != null) {
                out.add(collision(t, earlier));
                out.add(collision(earlier, t));
              }
            });
    return out;
  }

  private static String tooLong(ImageStreamTag t) {
    return "QCI tag \""
        + t.qciTag()
        + "\" is "
        + t.qciTag().length()
        + " characters; a registry takes at most "
        + ImageStreamTag.MAX_QCI_TAG_LENGTH
        + ", so ci-images-mirror cannot copy "
        + t.target()
        + " to quay.io/openshift/ci: shorten the namespace, stream or tag name";
  }

  private static String notATag(ImageStreamTag t) {
    return "mirror-only target "
        + t.target()
        + " flattens to the QCI tag \""
        + t.qciTag()
        + "\", which is not one a registry takes ([\\w][\\w.-]{0,127}: letters, digits, '_', '.'"
        + " and '-'): ci-images-mirror could not copy it";
  }

  private static Diagnostic collision(ImageStreamTag tag, ImageStreamTag other) {
    return error(
            tag,
            "QCI tag \""
                + tag.qciTag()
                + "\" is also the QCI tag of "
                + other.target()
                + ": ci-images-mirror flattens namespace/name:tag to namespace_name_tag, so the"
                + " two overwrite each other in quay.io/openshift/ci; rename one")
        .withNote(other.tag().at(), other.target() + " is here");
  }

  private static Diagnostic error(ImageStreamTag t, String message) {
    return Diagnostic.error("qci-tag", t.tag().at(), t.path(), message);
  }
}
