package org.imagecatalog.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.OutputSpec;
import org.imagecatalog.model.Source;

/**
 * The {@code supplementalCIImages} section of ci-images-mirror's configuration that model streams
 * stand for, as the plain tree ci-tools reads: {@code namespace/name:tag} to {@code {image}} or to
 * {@code {namespace, name, tag}}.
 */
public final class MirrorMapping {
  /** The section's key in ci-tools' {@code _config.yaml}. */
  public static final String SECTION = OutputSpec.MIRROR_SECTION;

  private MirrorMapping() {}

  public static Map<String, Object> of(List<ImageStream> streams) {
    Map<String, Object> entries = new LinkedHashMap<>();
    for (ImageStream stream : streams) {
      for (var tag : stream.tags()) {
        var imageStreamTag = new ImageStreamTag(stream, tag);
        imageStreamTag
            .mirrorSource()
            .ifPresent(source -> entries.put(imageStreamTag.target(), entry(source)));
      }
    }
    return entries;
  }

  private static Map<String, Object> entry(Source source) {
    if (source instanceof Source.StreamTag ref) {
      Map<String, Object> tag = new LinkedHashMap<>();
      tag.put("namespace", ref.namespace());
      tag.put("name", ref.stream());
      tag.put("tag", ref.tag());
      return tag;
    }
    return Map.of("image", source.name());
  }
}
