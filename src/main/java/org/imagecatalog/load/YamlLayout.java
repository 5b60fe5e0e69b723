package org.imagecatalog.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;

/**
 * Which lines each document of a YAML stream takes, and each item of a {@code kind: List}'s {@code
 * items}: what a document can be cut out by, keeping every other byte of the file. The same parser
 * as {@link YamlDocuments}, SnakeYAML, at the level of its events, which carry positions; the same
 * documents, in the same order (empty ones left out).
 *
 * <p>A document's lines run from its start, its {@code ---} if it has one, to the line before the
 * next document's; the first starts at the file's first line. An item's lines run from its first
 * line to its last: a comment between two items stays, with the item below it that it is about.
 */
public final class YamlLayout {
  /** Lines {@code first} to {@code last}, counted from 1, both included. */
  public record Lines(int first, int last) {}

  /**
   * One document.
   *
   * @param items the lines of each item of its root's {@code items}, when that is a block sequence
   *     whose items start on lines of their own; empty otherwise
   */
  public record Document(Lines lines, List<Lines> items) {}

  private YamlLayout() {}

  /** The non-empty documents of the text, as {@link YamlDocuments#read} gives them. */
  public static List<Document> of(String text) throws YamlDocuments.Invalid {
    var options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    int lineCount =
        (int) text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
    var starts = new ArrayList<Integer>();
    var items = new ArrayList<List<Lines>>();
    var empty = new ArrayList<Boolean>();
    try {
      var walk = new Walk();
      for (Event event : new Yaml(options).parse(new StringReader(text))) {
        walk.see(event, starts, items, empty);
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      throw new YamlDocuments.Invalid(e.getProblem(), mark == null ? 0 : mark.getLine() + 1);
    }
    var documents = new ArrayList<Document>();
    for (int i = 0; i < starts.size(); i++) {
      int first = i == 0 ? 1 : starts.get(i);
      int last = i + 1 < starts.size() ? starts.get(i + 1) - 1 : lineCount;
      if (!empty.get(i)) {
        documents.add(new Document(new Lines(first, last), items.get(i)));
      }
    }
    return documents;
  }

  /** The events of one stream, followed with the state a document's layout needs. */
  private static final class Walk {
    private int depth;
    private boolean keyIsItems;
    private boolean keyNext;
    private boolean inItems;
    private boolean rootSeen;
    private List<Integer> itemStarts;
    private List<Integer> itemEnds;
    private int itemsEnd;
    private boolean flow;
    private final java.util.ArrayDeque<Boolean> flowStack = new java.util.ArrayDeque<>();

    void see(Event event, List<Integer> starts, List<List<Lines>> items, List<Boolean> empty) {
      if (event instanceof StreamStartEvent || event instanceof StreamEndEvent) {
        return;
      }
      if (event instanceof DocumentStartEvent) {
        starts.add(event.getStartMark().getLine() + 1);
        items.add(List.of());
        empty.add(false);
        depth = 0;
        rootSeen = false;
        itemStarts = new ArrayList<>();
        itemEnds = new ArrayList<>();
        flow = false;
        return;
      }
      if (event instanceof DocumentEndEvent) {
        items.set(items.size() - 1, flow ? List.of() : itemLines());
        return;
      }
      if (depth == 0 && !rootSeen) {
        rootSeen = true;
        empty.set(
            empty.size() - 1, event instanceof ScalarEvent scalar && scalar.getValue().isEmpty());
      }
      if (inItems && depth == 2 && !(event instanceof CollectionEndEvent)) {
        itemStarts.add(event.getStartMark().getLine() + 1);
        itemEnds.add(event.getStartMark().getLine() + 1);
        flow |= itemStarts.size() > 1 && itemStarts.get(itemStarts.size() - 1) <= itemsEnd;
      }
      boolean flowEnd =
          event instanceof CollectionEndEvent && !flowStack.isEmpty() && flowStack.peek();
      if (inItems
          && depth >= 2
          && (event instanceof ScalarEvent || event instanceof AliasEvent || flowEnd)) {
        // Only these end where their text does; a block collection's end is the next token's start.
        itemsEnd = Math.max(itemsEnd, lastLine(event.getEndMark()));
        int last = itemEnds.size() - 1;
        itemEnds.set(last, Math.max(itemEnds.get(last), lastLine(event.getEndMark())));
      }
      if (event instanceof CollectionStartEvent start) {
        flowStack.push(start.isFlow());
        if (depth == 1 && keyIsItems && start instanceof SequenceStartEvent sequence) {
          inItems = true;
          itemsEnd = 0;
          flow |= sequence.isFlow();
        }
        keyIsItems = false;
        depth++;
        keyNext = depth == 1;
      } else if (event instanceof CollectionEndEvent) {
        flowStack.pop();
        depth--;
        if (depth == 1 && inItems) {
          inItems = false;
        }
        keyNext = depth == 1;
      } else if (depth == 1) {
        if (keyNext && event instanceof ScalarEvent scalar) {
          keyIsItems = scalar.getValue().equals("items");
          keyNext = false;
        } else {
          keyIsItems = false;
          keyNext = true;
        }
      }
    }

    /** The last line an event's text reaches: its end mark's, or the line before at column 0. */
    private static int lastLine(Mark end) {
      return end.getColumn() == 0 ? end.getLine() : end.getLine() + 1;
    }

    private List<Lines> itemLines() {
      var lines = new ArrayList<Lines>();
      for (int i = 0; i < itemStarts.size(); i++) {
        lines.add(new Lines(itemStarts.get(i), itemEnds.get(i)));
      }
      return lines;
    }
  }
}
