package org.imagecatalog.verify;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;

/**
 * The ImageStream a model stream stands for, as the plain tree OpenShift reads: exactly the fields
 * of {@code image.openshift.io/v1} that the catalog sets, and nothing that equals a server default
 * the catalog cannot change.
 */
public final class ImageStreamManifest {
  private ImageStreamManifest() {}

  public static Map<String, Object> of(ImageStream stream) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", stream.name());
    metadata.put("namespace", stream.namespace());
    putMap(metadata, "annotations", stream.metadataAnnotations());
    putMap(metadata, "labels", stream.labels());
    Map<String, Object> spec = new LinkedHashMap<>();
    if (stream.lookupLocal()) {
      spec.put("lookupPolicy", Map.of("local", true));
    }
    if (!stream.dockerImageRepository().isEmpty()) {
      spec.put("dockerImageRepository", stream.dockerImageRepository());
    }
    if (!stream.tags().isEmpty()) {
      spec.put("tags", stream.tags().stream().map(ImageStreamManifest::tag).toList());
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("apiVersion", "image.openshift.io/v1");
    manifest.put("kind", "ImageStream");
    manifest.put("metadata", metadata);
    manifest.put("spec", spec);
    return manifest;
  }

  private static Map<String, Object> tag(TagSpec tag) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", tag.name());
    putMap(node, "annotations", tag.annotations());
    Source source = tag.from();
    if (!(source instanceof Source.BuildTarget)) {
      Map<String, Object> from = new LinkedHashMap<>();
      from.put("kind", source.kind());
      from.put("name", source.name());
      if (!source.namespace().isEmpty()) {
        from.put("namespace", source.namespace());
      }
      node.put("from", from);
    }
    if (tag.reference()) {
      node.put("reference", true);
    }
    if (tag.imports()) {
      Map<String, Object> importPolicy = new LinkedHashMap<>();
      importPolicy.put("scheduled", tag.scheduled());
      if (tag.settings().importMode().value().written()) {
        importPolicy.put("importMode", tag.settings().importMode().value().wire());
      }
      if (tag.settings().insecure().value()) {
        importPolicy.put("insecure", true);
      }
      node.put("importPolicy", importPolicy);
    }
    node.put("referencePolicy", Map.of("type", tag.referencePolicy().wire()));
    return node;
  }

  private static void putMap(Map<String, Object> parent, String field, Map<String, String> values) {
    if (!values.isEmpty()) {
      parent.put(field, Map.copyOf(values));
    }
  }
}
