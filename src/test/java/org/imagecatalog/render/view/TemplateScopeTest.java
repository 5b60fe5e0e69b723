package org.imagecatalog.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imagecatalog.TestCompiler;
import org.imagecatalog.model.Catalog;
import org.junit.jupiter.api.Test;

/**
 * The views name their variables by hand; these tests keep that list equal to the records'
 * components, and to the README's "Template context", on a catalog that uses every feature.
 */
class TemplateScopeTest {
  private static final Path FEATURES =
      Path.of("src/test/resources/org/imagecatalog/cases/valid/features/catalog.conf");

  private static List<TemplateScope> everyView() {
    Catalog catalog = TestCompiler.load(FEATURES).get();
    var views = new ArrayList<TemplateScope>();
    CatalogView root = CatalogView.of(catalog);
    views.add(root);
    for (NamespaceView namespace : root.namespaces()) {
      views.add(namespace);
      for (StreamView stream : namespace.streams()) {
        views.add(stream);
        views.addAll(stream.annotations());
        views.addAll(stream.labels());
        for (TagView tag : stream.tags()) {
          views.add(tag);
          views.addAll(tag.annotations());
        }
      }
    }
    return views;
  }

  @Test
  void everyComponentIsAVariableWithItsValue() throws ReflectiveOperationException {
    var kinds = new ArrayList<Class<?>>();
    for (TemplateScope view : everyView()) {
      for (RecordComponent component : view.getClass().getRecordComponents()) {
        assertEquals(
            component.getAccessor().invoke(view),
            view.variable(component.getName()),
            view.getClass().getSimpleName() + "." + component.getName());
      }
      if (!kinds.contains(view.getClass())) {
        kinds.add(view.getClass());
      }
    }
    assertEquals(5, kinds.size(), "the features catalog reaches every kind of view: " + kinds);
  }

  @Test
  void nothingElseIsAVariable() {
    for (TemplateScope view : everyView()) {
      for (String name : List.of("getClass", "hashCode", "toString", "variable", "", "name.x")) {
        assertSame(TemplateScope.UNDEFINED, view.variable(name), name);
      }
    }
  }

  @Test
  void theReadmeListsEveryVariable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("### Template context");
    String section = readme.substring(start, readme.indexOf("\n## ", start));
    for (TemplateScope view : everyView()) {
      for (RecordComponent component : view.getClass().getRecordComponents()) {
        assertTrue(
            section.contains("`" + component.getName() + "`"),
            "README's Template context lacks " + component.getName());
      }
    }
  }
}
