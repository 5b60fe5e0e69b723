package org.imagecatalog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one YAML reader: verification proves nothing unless it reads scalars as a YAML 1.1 reader
 * does, and import loses data unless aliases, merge keys and written numbers survive.
 */
class YamlDocumentsTest {
  @Test
  void plainScalarsResolveByTheirTextAndQuotedOnesStayStrings() throws Exception {
    List<Value> documents =
        YamlDocuments.read(
            "f.yaml",
            "# comment\n---\na: yes\nb: \"yes\"\nc: Off\nd: true\ne: 7\nf: '7'\ng: 1.10\nh: ~\n"
                + "i: null\nj: !!str 7\nk: text\nl: [x, 'y']\nm: 010\n---\n---\nz: 1\n");
    var first = new LinkedHashMap<String, Object>();
    first.put("a", true);
    first.put("b", "\"yes\"");
    first.put("c", false);
    first.put("d", true);
    first.put("e", 7L);
    first.put("f", "\"7\"");
    first.put("g", 1.10);
    first.put("h", null);
    first.put("i", null);
    first.put("j", "\"7\"");
    first.put("k", "\"text\"");
    first.put("l", List.of("\"x\"", "\"y\""));
    first.put("m", 8L); // YAML 1.1: octal
    assertEquals(List.of(new java.util.TreeMap<>(first), Map.of("z", 1L)), shown(documents));
  }

  @Test
  void numbersKeepTheirWrittenForm() throws Exception {
    var fields = fields(YamlDocuments.read("f.yaml", "a: 010\nb: 1.10\nc: 0x1F\n").get(0));
    assertEquals("010", ((Value.NumberValue) fields.get("a")).written());
    assertEquals("1.10", ((Value.NumberValue) fields.get("b")).written());
    assertEquals("0x1F", ((Value.NumberValue) fields.get("c")).written());
  }

  @Test
  void eachValueIsAtTheLineOfItsKeyOrItem() throws Exception {
    Value document =
        YamlDocuments.read(
                "f.yaml", "\n\nkind: List\nitems:\n- name: a\n\n- name: b\n  x:\n    y: 1\n")
            .get(0);
    assertEquals(3, document.at().line());
    assertEquals("f.yaml", document.at().file());
    var items = (Value.ListValue) fields(document).get("items");
    assertEquals(4, items.at().line());
    assertEquals(5, items.items().get(0).at().line());
    assertEquals(7, items.items().get(1).at().line());
    assertEquals(8, fields(items.items().get(1)).get("x").at().line());
  }

  @Test
  void aliasesAndMergeKeysResolveToWhatTheyName() throws Exception {
    Value document =
        YamlDocuments.read(
                "f.yaml",
                "base: &base\n  scheduled: true\n  mode: Legacy\n"
                    + "tag:\n  <<: *base\n  mode: PreserveOriginal\ncopy: *base\n")
            .get(0);
    assertEquals(
        Map.of(
            "base", Map.of("scheduled", true, "mode", "\"Legacy\""),
            "tag", Map.of("scheduled", true, "mode", "\"PreserveOriginal\""),
            "copy", Map.of("scheduled", true, "mode", "\"Legacy\"")),
        shown(document));
    // An alias is at the key that holds it, not at its anchor.
    assertEquals(7, fields(document).get("copy").at().line());
  }

  @Test
  void anAnchorOnAScalarIsThatValueAtEachAlias() throws Exception {
    Value document =
        YamlDocuments.read(
                "f.yaml",
                "metadata: {name: &name tools}\ntags:\n- name: &tag \"1.0\"\n- from: *tag\n"
                    + "  of: *name\n")
            .get(0);
    assertEquals(
        Map.of(
            "metadata", Map.of("name", "\"tools\""),
            "tags",
                List.of(Map.of("name", "\"1.0\""), Map.of("from", "\"1.0\"", "of", "\"tools\""))),
        shown(document));
  }

  /**
   * SnakeYAML refuses documents over 3 Mi code points unless told otherwise; a stream of 25,000
   * tags is larger than that, and a valid catalog must not fail on a parser's default.
   */
  @Test
  void aDocumentLargerThanTheParsersDefaultLimitIsRead() throws Exception {
    var text = new StringBuilder("kind: ImageStream\nspec:\n  tags:\n");
    for (int i = 0; i < 40_000; i++) {
      text.append("  - name: tag-")
          .append(i)
          .append("\n    from: {kind: DockerImage, name: ")
          .append("quay.io/org/image:tag-")
          .append(i)
          .append("}\n");
    }
    assertTrue(text.length() > 3 * 1024 * 1024, "over SnakeYAML's default: " + text.length());
    Value spec = fields(YamlDocuments.read("big.yaml", text.toString()).get(0)).get("spec");
    var tags = (Value.ListValue) fields(spec).get("tags");
    assertEquals(40_000, tags.items().size());
    assertEquals(4 + 2 * 39_999, tags.items().get(39_999).at().line());
  }

  @Test
  void aSyntaxErrorNamesItsLine() {
    var e =
        assertThrows(
            YamlDocuments.Invalid.class, () -> YamlDocuments.read("f.yaml", "a: 1\nb: c: d\n"));
    assertEquals(2, e.line());
  }

  @Test
  void aKeyWrittenTwiceIsRefused() {
    var e =
        assertThrows(
            YamlDocuments.Invalid.class,
            () -> YamlDocuments.read("f.yaml", "kind: ImageStream\nspec: {}\nkind: List\n"));
    assertEquals(3, e.line());
    assertEquals("key 'kind' written twice in one mapping", e.getMessage());
  }

  @Test
  void anAliasWithoutAnAnchorIsRefused() {
    var e =
        assertThrows(
            YamlDocuments.Invalid.class, () -> YamlDocuments.read("f.yaml", "a: 1\nb: *none\n"));
    assertEquals("alias *none names no anchor before it", e.getMessage());
  }

  @Test
  void aliasesThatExpandPastTheLimitAreRefused() {
    var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'h'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      bomb.append(("*" + previous + ", ").repeat(9)).append('*').append(previous).append("]\n");
    }
    var e =
        assertThrows(
            YamlDocuments.Invalid.class, () -> YamlDocuments.read("f.yaml", bomb.toString()));
    assertEquals(
        "aliases expand this document past " + YamlDocuments.MAX_NODES + " values", e.getMessage());
  }

  private static Map<String, Value> fields(Value value) {
    return ((Value.ObjectValue) value).fields();
  }

  private static List<Object> shown(List<Value> documents) {
    var out = new ArrayList<Object>();
    documents.forEach(d -> out.add(shown(d)));
    return out;
  }

  /** Strings quoted, so that a string and a boolean or number of the same text differ. */
  private static Object shown(Value value) {
    if (value instanceof Value.ObjectValue object) {
      var out = new java.util.TreeMap<String, Object>();
      object.fields().forEach((k, v) -> out.put(k, shown(v)));
      return out;
    }
    if (value instanceof Value.ListValue list) {
      return list.items().stream().map(YamlDocumentsTest::shown).toList();
    }
    if (value instanceof Value.StringValue text) {
      return "\"" + text.text() + "\"";
    }
    if (value instanceof Value.NumberValue number) {
      return number.written().contains(".")
          ? (Object) Double.valueOf(number.written())
          : (Object) Long.decode(number.written());
    }
    return value instanceof Value.BooleanValue bool ? bool.value() : null;
  }
}
