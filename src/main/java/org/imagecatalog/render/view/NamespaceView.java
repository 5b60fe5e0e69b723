package org.imagecatalog.render.view;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Namespace;

/**
 * One namespace and its streams, sorted by name.
 *
 * @param streamsToApply the same streams, each after those its {@code from-tag}s name in this
 *     namespace: the order a manifest file needs for {@code oc apply -f}
 */
public record NamespaceView(
    String catalogFile,
    String namespace,
    String description,
    boolean hasDescription,
    List<StreamView> streams,
    List<StreamView> streamsToApply,
    int streamCount,
    int tagCount)
    implements TemplateScope {

  static NamespaceView of(
      String catalogFile, Namespace namespace, IdentityHashMap<ImageStream, StreamView> built) {
    List<StreamView> streams =
        namespace.streams().stream()
            .map(s -> built.computeIfAbsent(s, stream -> StreamView.of(catalogFile, stream)))
            .toList();
    var byName = new HashMap<String, StreamView>();
    streams.forEach(view -> byName.put(view.name(), view));
    return new NamespaceView(
        catalogFile,
        namespace.name(),
        namespace.description(),
        !namespace.description().isEmpty(),
        streams,
        namespace.streamsInApplyOrder().stream().map(s -> byName.get(s.name())).toList(),
        namespace.streams().size(),
        namespace.tagCount());
  }

  static final Variables<NamespaceView> VARIABLES =
      Variables.<NamespaceView>builder()
          .add("catalogFile", NamespaceView::catalogFile)
          .add("namespace", NamespaceView::namespace)
          .add("description", NamespaceView::description)
          .add("hasDescription", NamespaceView::hasDescription)
          .add("streams", NamespaceView::streams)
          .add("streamsToApply", NamespaceView::streamsToApply)
          .add("streamCount", NamespaceView::streamCount)
          .add("tagCount", NamespaceView::tagCount)
          .build();

  @Override
  public Object variable(String name) {
    return VARIABLES.get(this, name);
  }
}
