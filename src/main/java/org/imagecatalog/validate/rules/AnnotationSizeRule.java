package org.imagecatalog.validate.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.validate.StreamRule;

/**
 * {@code annotation-size}: an object's annotations, keys and values together, may not exceed 256
 * KiB (apimachinery's {@code TotalAnnotationSizeLimitB}); a stream's description is one of them.
 * Tags' annotations are held to the same limit, which the ImageStream they are part of must fit in
 * anyway. Refused here, a huge description never reaches the templates or the YAML parser.
 */
public final class AnnotationSizeRule implements StreamRule {
  static final int LIMIT = 256 * 1024;

  @Override
  public void check(ImageStream stream, List<Diagnostic> out) {
    check(stream.metadataAnnotations(), stream.at(), CatalogPath.of(stream), out);
    for (TagSpec tag : stream.tags()) {
      check(tag.annotations(), tag.at(), CatalogPath.of(stream, tag), out);
    }
  }

  private static void check(
      Map<String, String> annotations, SourcePosition at, String path, List<Diagnostic> out) {
    long size = 0;
    for (Map.Entry<String, String> entry : annotations.entrySet()) {
      size += entry.getKey().getBytes(StandardCharsets.UTF_8).length;
      size += entry.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (size > LIMIT) {
      out.add(
          Diagnostic.error(
              "annotation-size",
              at,
              path,
              "the annotations (a stream's description is one) total "
                  + size
                  + " bytes; the API server refuses more than "
                  + LIMIT
                  + " (256 KiB)"));
    }
  }
}
