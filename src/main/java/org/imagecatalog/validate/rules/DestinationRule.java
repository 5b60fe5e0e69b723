package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.Setting;
import org.imagecatalog.model.Source;
import org.imagecatalog.validate.TagRule;

/**
 * {@code destination}: every tag goes somewhere, to an ImageStream on the cluster ({@code
 * imagestream}), to QCI through ci-images-mirror ({@code mirror}), or both. A tag that goes to
 * neither would be listed and used by nothing; and {@code mirror = true} written on a {@code
 * from-image} asks for what the mirror cannot do: it copies tags, not images by digest.
 */
public final class DestinationRule implements TagRule {
  @Override
  public void check(Catalog catalog, ImageStreamTag t, List<Diagnostic> out) {
    Setting<Boolean> mirror = t.tag().settings().mirror();
    boolean byDigest = t.tag().from() instanceof Source.StreamImage;
    if (byDigest && mirror.value() && !mirror.isBuiltIn()) {
      out.add(
          Diagnostic.error(
                  "destination",
                  t.tag().at(),
                  t.path(),
                  "mirror = true on a from-image: ci-images-mirror copies tags, not images by"
                      + " digest; name a tag (from-tag) to mirror it, or set mirror = false")
              .withNote(
                  mirror.from().at(),
                  "mirror = true set here (" + mirror.from().level().label() + ")"));
    }
    if (!t.tag().onCluster() && t.mirrorSource().isEmpty()) {
      Setting<Boolean> imageStream = t.tag().settings().imageStream();
      out.add(
          Diagnostic.error(
                  "destination",
                  t.tag().at(),
                  t.path(),
                  "goes nowhere: imagestream = false, and "
                      + (byDigest
                          ? "ci-images-mirror cannot copy an image by digest"
                          : "mirror = false")
                      + "; remove the tag, or send it to an ImageStream or the mirror")
              .withNote(
                  imageStream.from().at(),
                  "imagestream = false set here (" + imageStream.from().level().label() + ")"));
    }
  }
}
