package org.imagecatalog.model;

import java.util.regex.Pattern;

/** Catalog paths as HOCON writes them, for diagnostics: {@code namespaces.ci.boskos.tags."1.21"}. */
public final class CatalogPath {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+(\\[\\d+])?");

  private CatalogPath() {}

  public static String join(String parent, String key) {
    String quoted = PLAIN_KEY.matcher(key).matches() ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    return parent.isEmpty() ? quoted : parent + "." + quoted;
  }

  public static String of(Namespace namespace) {
    return join("namespaces", namespace.name());
  }

  public static String of(ImageStream stream) {
    return join(join("namespaces", stream.namespace()), stream.name());
  }

  public static String of(ImageStream stream, TagSpec tag) {
    return join(join(of(stream), "tags"), tag.name());
  }
}
