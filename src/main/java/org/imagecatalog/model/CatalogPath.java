package org.imagecatalog.model;

import java.util.regex.Pattern;

/**
 * Catalog paths as HOCON writes them, for diagnostics: {@code namespaces.ci.boskos.tags."1.21"}.
 */
public final class CatalogPath {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+(\\[\\d+])?");

  private CatalogPath() {}

  public static String join(String parent, String key) {
    String quoted = isPlain(key) ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    return parent.isEmpty() ? quoted : parent + "." + quoted;
  }

  /** Letters, digits, '-' and '_', optionally with a list index: checked by hand, it is hot. */
  private static boolean isPlain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!plain) {
        return PLAIN_KEY.matcher(key).matches();
      }
    }
    return true;
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
