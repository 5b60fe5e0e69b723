package org.imagecatalog.render.view;

import java.util.HashSet;
import java.util.Set;

/**
 * Every name any view has. A template tag whose name no view has is wrong wherever it stands, so
 * such names are found when the template compiles, all at once, with their lines.
 */
public final class TemplateNames {
  private static final Set<String> ALL = all();

  private TemplateNames() {}

  private static Set<String> all() {
    var names = new HashSet<String>();
    names.addAll(CatalogView.VARIABLES.names());
    names.addAll(NamespaceView.VARIABLES.names());
    names.addAll(StreamView.VARIABLES.names());
    names.addAll(TagView.VARIABLES.names());
    names.addAll(Entry.VARIABLES.names());
    return Set.copyOf(names);
  }

  /** True when some view has the name; {@code .}, the current item, is always there. */
  public static boolean known(String name) {
    return name.equals(".") || ALL.contains(name);
  }
}
