package org.imagecatalog.render.view;

/**
 * A view as a template sees it: its variables by name. Views answer for themselves instead of being
 * read by reflection, which a short run paid for in generated accessor classes and guards, and a
 * template cannot reach anything but the variables a view lists (not {@code getClass}).
 */
public interface TemplateScope {
  /** What {@link #variable} returns for a name the view lacks; a variable may hold null. */
  Object UNDEFINED =
      new Object() {
        @Override
        public String toString() {
          return "undefined";
        }
      };

  /** The value of the named variable, or {@link #UNDEFINED}. */
  Object variable(String name);
}
