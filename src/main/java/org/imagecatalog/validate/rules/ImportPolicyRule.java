package org.imagecatalog.validate.rules;

import java.util.List;
import java.util.Map;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.Setting;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.validate.TagRule;

/**
 * Import settings written on a tag the cluster does not import: a {@code from-tag}, a {@code
 * from-image}, a build target or a {@code reference}. OpenShift refuses {@code scheduled} on an
 * ImageStreamTag or ImageStreamImage ("only tags pointing to Docker repositories may be scheduled
 * for background import") and ignores every import setting of the others, so a setting written on
 * the tag itself is an error rather than silently dropped. Values inherited from the stream or the
 * defaults do not apply and are not written.
 */
public final class ImportPolicyRule implements TagRule {
  @Override
  public void check(Catalog catalog, ImageStreamTag t, List<Diagnostic> out) {
    if (!t.tag().imports()) {
      check(t.path(), t.tag(), out);
    }
  }

  private static void check(String path, TagSpec tag, List<Diagnostic> out) {
    String kind = kind(tag);
    Setting<Boolean> scheduled = tag.settings().scheduled();
    if (scheduled.value() && scheduled.from().level() == Level.TAG) {
      out.add(
          Diagnostic.error(
              "import-policy",
              scheduled.from().at(),
              path,
              "scheduled = true on "
                  + kind
                  + ": only tags that import an external image may be scheduled for import"));
    }
    for (var setting :
        List.of(
            Map.entry("import-mode", tag.settings().importMode()),
            Map.entry("insecure", tag.settings().insecure()))) {
      if (setting.getValue().from().level() == Level.TAG) {
        out.add(
            Diagnostic.error(
                "import-policy",
                setting.getValue().from().at(),
                path,
                setting.getKey()
                    + " on "
                    + kind
                    + ": the cluster imports nothing for it, so the setting would be dropped;"
                    + " remove it"));
      }
    }
    if (tag.reference() && tag.from() instanceof Source.BuildTarget) {
      out.add(
          Diagnostic.error(
              "import-policy",
              tag.at(),
              path,
              "reference = true on a build target: there is no source to point at"));
    }
  }

  private static String kind(TagSpec tag) {
    if (!tag.onCluster()) {
      return "a mirror-only tag (imagestream = false)";
    }
    if (tag.from() instanceof Source.StreamTag) {
      return "a tag that points at an ImageStreamTag";
    }
    if (tag.from() instanceof Source.StreamImage) {
      return "a tag that points at an ImageStreamImage";
    }
    return tag.from() instanceof Source.BuildTarget
        ? "a build target"
        : "a reference tag (reference = true)";
  }
}
