package org.imagecatalog.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.parser.ConfigDocument;
import com.typesafe.config.parser.ConfigDocumentFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.CatalogPath;

/**
 * Writes {@code acknowledge = [...]} onto tags in a catalog's own text, keeping every other byte:
 * the comments, the order, the maintainer's edits. Typesafe Config's {@link ConfigDocument} edits
 * HOCON text in place; a tag written in the short form ({@code latest = "quay.io/a/b:latest"})
 * becomes the long form with its value as written, substitutions and all. A tag in an included file
 * is edited in that file.
 */
public final class Acknowledgements {
  /** How the library writes an {@code acknowledge} key it adds. */
  private static final String ADDED = "acknowledge : [";

  private static final List<String> SOURCE_KEYS =
      List.of("from", "from-tag", "from-image", "build-target");

  private Acknowledgements() {}

  /**
   * One tag to acknowledge warnings on.
   *
   * @param keys the tag's catalog path, as keys: {@code namespaces, ci, boskos, tags, latest}
   * @param at where the tag is written: the file to edit
   * @param codes every code the tag acknowledges once edited, those it had included
   */
  public record Tag(List<String> keys, SourcePosition at, SortedSet<String> codes) {
    public Tag {
      keys = List.copyOf(keys);
    }
  }

  /**
   * The edited texts, by file as the tags' positions name them; the catalog's own text is {@code
   * source.name()}, and is edited in memory.
   */
  public static Result<Map<String, String>> write(CatalogSource source, List<Tag> tags) {
    var diagnostics = new Diagnostics();
    var byFile = new TreeMap<String, List<Tag>>();
    tags.forEach(tag -> byFile.computeIfAbsent(tag.at().file(), f -> new ArrayList<>()).add(tag));
    var texts = new TreeMap<String, String>();
    byFile.forEach(
        (file, inFile) ->
            parse(source, file, diagnostics)
                .map(document -> edit(document, inFile, diagnostics))
                .ifPresent(document -> texts.put(file, equalsSigns(document.render()))));
    return diagnostics.hasErrors() ? Result.failed(diagnostics) : Result.of(texts, diagnostics);
  }

  private static Optional<ConfigDocument> parse(
      CatalogSource source, String file, Diagnostics diagnostics) {
    try {
      String text =
          file.equals(source.name())
              ? source.text()
              : Files.readString(Path.of(file), StandardCharsets.UTF_8);
      if (text.contains(ADDED)) {
        // The separator of the keys this edit adds could not be told from the file's own.
        diagnostics.error(
            "acknowledge-edit",
            SourcePosition.of(file),
            "",
            "writes \"" + ADDED + "\" itself: write acknowledge = [ there, then run again");
        return Optional.empty();
      }
      return Optional.of(ConfigDocumentFactory.parseString(text));
    } catch (IOException | ConfigException e) {
      diagnostics.error(
          "acknowledge-edit",
          SourcePosition.of(file),
          "",
          "cannot be read to edit: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** A tag found in its file: its path there, and whether it is written as an object. */
  private record Found(Tag tag, String path, boolean longForm) {}

  /**
   * One file's edits. A tag in the short form needs its value as written, to keep it as the long
   * form's {@code from}: all of them are read in one render ({@link #written}), not one each.
   */
  private static ConfigDocument edit(
      ConfigDocument document, List<Tag> tags, Diagnostics diagnostics) {
    var found = new ArrayList<Found>();
    for (Tag tag : tags) {
      Optional<String> path = pathIn(document, tag.keys());
      if (path.isEmpty()) {
        diagnostics.error(
            "acknowledge-edit",
            tag.at(),
            tag.keys().stream().reduce("", CatalogPath::join),
            "the tag is not written where its file can be edited (a substitution makes it?):"
                + " write acknowledge = ["
                + String.join(", ", tag.codes())
                + "] on it by hand");
      } else {
        boolean longForm =
            SOURCE_KEYS.stream()
                .anyMatch(key -> document.hasPath(CatalogPath.join(path.get(), key)));
        found.add(new Found(tag, path.get(), longForm));
      }
    }
    List<String> shortPaths = found.stream().filter(f -> !f.longForm()).map(Found::path).toList();
    Map<String, String> written = written(document, shortPaths);
    ConfigDocument edited = document;
    for (Found tag : found) {
      if (!tag.longForm() && !written.containsKey(tag.path())) {
        diagnostics.error(
            "acknowledge-edit",
            tag.tag().at(),
            tag.path(),
            "its value could not be read as written: write acknowledge = [...] on it by hand");
        continue;
      }
      String list = "[" + String.join(", ", tag.tag().codes()) + "]";
      edited =
          tag.longForm()
              ? edited.withValueText(CatalogPath.join(tag.path(), "acknowledge"), list)
              : edited.withValueText(
                  tag.path(),
                  "{ from = " + written.get(tag.path()) + ", acknowledge = " + list + " }");
    }
    return edited;
  }

  /**
   * The values at the paths as written. The library replaces exactly a value's tokens, so a render
   * with every value replaced by a marker is the original text with the values cut out: what lies
   * between two markers in the one is what follows a value in the other.
   */
  private static Map<String, String> written(ConfigDocument document, List<String> paths) {
    var values = new TreeMap<String, String>();
    if (paths.isEmpty()) {
      return values;
    }
    String original = document.render();
    // A marker the text does not hold, so that each one found marks a value.
    String marker = "\"image-catalog-value-";
    while (original.contains(marker)) {
      marker += "x";
    }
    ConfigDocument marked = document;
    for (int i = 0; i < paths.size(); i++) {
      marked = marked.withValueText(paths.get(i), marker + i + "\"");
    }
    String cut = marked.render();
    var order = new ArrayList<Integer>();
    var between = new ArrayList<String>();
    int at = 0;
    for (int mark = cut.indexOf(marker); mark >= 0; mark = cut.indexOf(marker, at)) {
      between.add(cut.substring(at, mark));
      int end = cut.indexOf('"', mark + 1);
      order.add(Integer.parseInt(cut.substring(mark + marker.length(), end)));
      at = end + 1;
    }
    String tail = cut.substring(at);
    var rebuilt = new StringBuilder(between.isEmpty() ? "" : between.get(0));
    int from = rebuilt.length();
    for (int k = 0; k < order.size(); k++) {
      String next = k + 1 < order.size() ? between.get(k + 1) : tail;
      int end = next.isEmpty() ? original.length() - tail.length() : original.indexOf(next, from);
      if (end < from) {
        return Map.of();
      }
      String value = original.substring(from, end);
      values.put(paths.get(order.get(k)), value);
      rebuilt.append(value).append(next);
      from = end + next.length();
    }
    // Sound only if the values and what lies between them give the text back, byte for byte.
    return rebuilt.toString().equals(original) ? values : Map.of();
  }

  /**
   * The library writes a key it adds as {@code key : value}; the catalogs write {@code =}. Every
   * {@code acknowledge : [} in the edited text is one the edit added, as long as the text had none
   * before: {@link #parse} takes only texts without one.
   */
  private static String equalsSigns(String text) {
    return text.replace(ADDED, "acknowledge = [");
  }

  /**
   * The tag's path in the file: the longest end of its catalog path that the file has, since an
   * included file holds its keys below the key that includes it.
   */
  private static Optional<String> pathIn(ConfigDocument document, List<String> keys) {
    for (int start = 0; start < keys.size(); start++) {
      String path = keys.subList(start, keys.size()).stream().reduce("", CatalogPath::join);
      if (document.hasPath(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }
}
