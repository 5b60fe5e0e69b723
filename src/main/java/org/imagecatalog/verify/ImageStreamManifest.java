package org.imagecatalog.verify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.ImportMode;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSpec;

/**
 * The ImageStream a model stream stands for, as the JSON tree OpenShift reads: exactly the fields
 * of {@code image.openshift.io/v1} that the catalog sets, and nothing that equals a server default
 * the catalog cannot change.
 */
public final class ImageStreamManifest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ImageStreamManifest() {}

  public static ObjectNode of(ImageStream stream) {
    ObjectNode manifest = JSON.objectNode();
    manifest.put("apiVersion", "image.openshift.io/v1");
    manifest.put("kind", "ImageStream");
    ObjectNode metadata = manifest.putObject("metadata");
    metadata.put("name", stream.name());
    metadata.put("namespace", stream.namespace());
    putMap(metadata, "annotations", stream.metadataAnnotations());
    putMap(metadata, "labels", stream.labels());
    ObjectNode spec = manifest.putObject("spec");
    if (stream.lookupLocal()) {
      spec.putObject("lookupPolicy").put("local", true);
    }
    if (!stream.dockerImageRepository().isEmpty()) {
      spec.put("dockerImageRepository", stream.dockerImageRepository());
    }
    if (!stream.tags().isEmpty()) {
      var tags = spec.putArray("tags");
      stream.tags().forEach(tag -> tags.add(tag(tag)));
    }
    return manifest;
  }

  private static ObjectNode tag(TagSpec tag) {
    ObjectNode node = JSON.objectNode();
    node.put("name", tag.name());
    putMap(node, "annotations", tag.annotations());
    ObjectNode from = node.putObject("from");
    if (tag.from() instanceof Source.DockerImage image) {
      from.put("kind", "DockerImage");
      from.put("name", image.pullSpec().toString());
      ObjectNode importPolicy = node.putObject("importPolicy");
      importPolicy.put("scheduled", tag.scheduled());
      if (tag.settings().importMode().value() != ImportMode.LEGACY) {
        importPolicy.put("importMode", tag.settings().importMode().value().wire());
      }
      if (tag.settings().insecure().value()) {
        importPolicy.put("insecure", true);
      }
    } else {
      Source.StreamTag ref = (Source.StreamTag) tag.from();
      from.put("kind", "ImageStreamTag");
      from.put("name", ref.name());
      if (!ref.namespace().isEmpty()) {
        from.put("namespace", ref.namespace());
      }
    }
    node.putObject("referencePolicy").put("type", tag.referencePolicy().wire());
    return node;
  }

  private static void putMap(ObjectNode parent, String field, Map<String, String> values) {
    if (!values.isEmpty()) {
      ObjectNode map = parent.putObject(field);
      values.forEach(map::put);
    }
  }
}
