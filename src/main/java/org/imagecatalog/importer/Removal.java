package org.imagecatalog.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Lines;
import org.imagecatalog.load.Value;
import org.imagecatalog.load.Value.ListValue;
import org.imagecatalog.load.Value.ObjectValue;
import org.imagecatalog.load.YamlDocuments;
import org.imagecatalog.load.YamlLayout;

/**
 * {@code import --remove-imported}: the ImageStream documents that a catalog now defines, cut out
 * of the files they were imported from, so that each ImageStream is defined once, by the catalog.
 * Every other document of a file keeps its bytes, and so does every other item of a {@code kind:
 * List}; a file left without documents goes. Each cut is checked by reading the file back: what
 * remains must be exactly the documents that were not cut, or the file is left as it was and said
 * so. Files image-catalog generated are never touched.
 */
public final class Removal {
  /**
   * One file's new text, or its removal.
   *
   * @param text the file without the cut documents; empty when nothing remains, and the file goes
   * @param removed how many ImageStreams were cut out
   */
  public record Edit(Path file, Optional<String> text, int removed) {}

  private Removal() {}

  /**
   * The edits of the request's files.
   *
   * @param targets the {@code namespace/name} of every ImageStream the catalog defines
   * @param generated true for the first line of a file image-catalog generated
   */
  public static Result<List<Edit>> plan(
      ImportRequest request, Predicate<String> generated, Set<String> targets) {
    var diagnostics = new Diagnostics();
    var edits = new ArrayList<Edit>();
    for (Path path : request.paths()) {
      for (Path file : ManifestReader.files(path, request.exclude(), diagnostics)) {
        edit(file, request, generated, targets, diagnostics).ifPresent(edits::add);
      }
    }
    return diagnostics.hasErrors() ? Result.failed(diagnostics) : Result.of(edits, diagnostics);
  }

  private static Optional<Edit> edit(
      Path file,
      ImportRequest request,
      Predicate<String> generated,
      Set<String> targets,
      Diagnostics diagnostics) {
    String shown = file.toString();
    Optional<String> read = ManifestReader.text(file, diagnostics);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    String text = read.get();
    int end = text.indexOf('\n');
    if (generated.test(end < 0 ? text : text.substring(0, end))) {
      return Optional.empty();
    }
    try {
      return new Cut(file, text, request.namespace(), targets, diagnostics).edit();
    } catch (YamlDocuments.Invalid e) {
      diagnostics.error(
          "yaml-syntax",
          new SourcePosition(shown, e.line()),
          "",
          "invalid YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The cut of one file. */
  private record Cut(
      Path file,
      String text,
      Optional<String> namespace,
      Set<String> targets,
      Diagnostics diagnostics) {

    Optional<Edit> edit() throws YamlDocuments.Invalid {
      List<Value> documents = YamlDocuments.read(file.toString(), text);
      List<YamlLayout.Document> layout = YamlLayout.of(text);
      if (documents.size() != layout.size()) {
        return left("its documents could not be told apart");
      }
      List<String> lines = Lines.split(text);
      boolean[] cut = new boolean[lines.size()];
      var kept = new ArrayList<Value>();
      int removed = 0;
      for (int i = 0; i < documents.size(); i++) {
        Value document = documents.get(i);
        if (defined(document)) {
          mark(cut, layout.get(i).lines());
          removed++;
        } else if (isList(document)) {
          List<Value> items = ((ListValue) fields(document).get("items")).items();
          List<Integer> out = new ArrayList<>();
          for (int j = 0; j < items.size(); j++) {
            if (defined(items.get(j))) {
              out.add(j);
            }
          }
          if (out.isEmpty()) {
            kept.add(document.unplaced());
          } else if (out.size() == items.size()) {
            mark(cut, layout.get(i).lines());
            removed += out.size();
          } else if (layout.get(i).items().size() != items.size()) {
            diagnostics.add(note(document.at(), "its items share lines, so they are left in it"));
            kept.add(document.unplaced());
          } else {
            List<YamlLayout.Lines> itemLines = layout.get(i).items();
            out.forEach(j -> mark(cut, itemLines.get(j)));
            removed += out.size();
            kept.add(without(document, out));
          }
        } else {
          kept.add(document.unplaced());
        }
      }
      if (removed == 0) {
        return Optional.empty();
      }
      if (kept.isEmpty()) {
        return Optional.of(new Edit(file, Optional.empty(), removed));
      }
      var rest = new StringBuilder();
      for (int line = 0; line < lines.size(); line++) {
        if (!cut[line]) {
          rest.append(lines.get(line));
        }
      }
      List<Value> after;
      try {
        after = YamlDocuments.read(file.toString(), rest.toString());
      } catch (YamlDocuments.Invalid e) {
        return left("cutting its ImageStreams out would break its YAML");
      }
      if (!after.stream().map(Value::unplaced).toList().equals(kept)) {
        return left("cutting its ImageStreams out would change its other documents");
      }
      return Optional.of(new Edit(file, Optional.of(rest.toString()), removed));
    }

    /** True for an ImageStream document that the catalog defines. */
    private boolean defined(Value document) {
      Map<String, Value> fields = fields(document);
      if (!text(fields.get("kind")).equals("ImageStream")) {
        return false;
      }
      Map<String, Value> metadata = fields(fields.get("metadata"));
      String in = text(metadata.get("namespace"));
      String space = in.isEmpty() ? namespace.orElse("") : in;
      return targets.contains(space + "/" + text(metadata.get("name")));
    }

    private static boolean isList(Value document) {
      return text(fields(document).get("kind")).equals("List")
          && fields(document).get("items") instanceof ListValue;
    }

    /** The List without the items cut out of it. */
    private static Value without(Value list, List<Integer> out) {
      var fields = new java.util.TreeMap<>(fields(list.unplaced()));
      List<Value> items = ((ListValue) fields.get("items")).items();
      var rest = new ArrayList<Value>();
      for (int j = 0; j < items.size(); j++) {
        if (!out.contains(j)) {
          rest.add(items.get(j));
        }
      }
      fields.put("items", new ListValue(rest, SourcePosition.NONE));
      return new ObjectValue(fields, SourcePosition.NONE);
    }

    private static void mark(boolean[] cut, YamlLayout.Lines lines) {
      for (int line = lines.first(); line <= lines.last() && line <= cut.length; line++) {
        cut[line - 1] = true;
      }
    }

    private Optional<Edit> left(String why) {
      diagnostics.add(note(SourcePosition.of(file.toString()), "left as it is: " + why));
      return Optional.empty();
    }

    private static Diagnostic note(SourcePosition at, String what) {
      return Diagnostic.note("import-remove", at, "", what + "; remove its ImageStreams by hand");
    }

    private static Map<String, Value> fields(Value value) {
      return value instanceof ObjectValue object ? object.fields() : Map.of();
    }

    private static String text(Value value) {
      return value instanceof Value.StringValue string ? string.text() : "";
    }
  }
}
