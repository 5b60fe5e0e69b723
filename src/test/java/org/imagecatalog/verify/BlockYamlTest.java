package org.imagecatalog.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.imagecatalog.TestCompiler;
import org.imagecatalog.diag.Result;
import org.imagecatalog.render.OutputType;
import org.imagecatalog.render.RenderedFile;
import org.imagecatalog.render.RenderedTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader must read what it accepts exactly as the full parser does, accept what the
 * templates write (or it saves nothing), and decline the rest.
 */
class BlockYamlTest {
  private static final Path CASES = Path.of("src/test/resources/org/imagecatalog/cases/valid");
  private static final Path CORPUS =
      Path.of("src/test/resources/org/imagecatalog/corpus/openshift-release");

  @Test
  void readsEveryManifestTheTemplatesWriteAsTheFullParserDoes() throws IOException {
    List<String> manifests = renderedManifests();
    assertTrue(manifests.size() > 10, "rendered " + manifests.size() + " YAML files");
    for (String text : manifests) {
      Optional<List<Object>> read = BlockYaml.read(text);
      assertTrue(read.isPresent(), () -> "declined a rendered manifest:\n" + text);
      assertSameReading(text, read.get());
    }
  }

  /** The shapes templates can write, beyond what the repository's templates do write. */
  private static final List<String> SHAPES =
      List.of(
          "a: b\n",
          "a: true\nb: false\nc: a text, with (punctuation) = 1/2 + @x\n",
          "a: quay.io/org/image:1.2@sha256:00ff\nb: a:b\nc: x#y\nd: IBM's \"tool\"\n",
          "\"a b\": \"yes\"\n'c': 'it''s'\nd: \"\\\" \\\\ \\n \\t \\r \\u00e9 \\u00C9\"\n",
          "a: {}\nb: []\nc:\nd: \"\"\ne: ''\n",
          "a:\n- b\n- c: d\n  e: f\n-\n  g: h\n-\ni: j\n",
          "a:\n  - b\n  -   c: d\n      e: f\n",
          "- a\n- b\n",
          "# head\n\n---\na:\n\n  # note\n  b: c\n---\n---\nd: e\n",
          "  a: b\n  c: d",
          "a: café 漢字 😀\n",
          "");

  static List<String> shapes() {
    return SHAPES;
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void readsTheCommonShapesAsTheFullParserDoes(String text) throws IOException {
    Optional<List<Object>> read = BlockYaml.read(text);
    assertTrue(read.isPresent(), () -> "declined:\n" + text);
    assertSameReading(text, read.get());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: yes\n",
        "a: On\n",
        "a: N\n",
        "a: null\n",
        "a: True\n",
        "a: ~\n",
        "a: 7\n",
        "a: 1.10\n",
        "a: .inf\n",
        "a: -1\n",
        "a: !!str 7\n",
        "a: &x b\nc: *x\n",
        "a: [b, c]\n",
        "a: {b: c}\n",
        "a: |\n  b\n",
        "a: >\n  b\n",
        "a: b\n  c\n",
        "a: b\n\n  c\n",
        "a: \"b\n  c\"\n",
        "a: 'b\n  c'\n",
        "a: \"\\x41\"\n",
        "a: \"\\/\"\n",
        "a: \"\\ud83d\\ude00\"\n",
        "a:\tb\n",
        "a: b\r\n",
        "a: b\u0085c\n",
        "a: b\u2028c\n",
        "\ufeffa: b\n",
        "a: b # note\n",
        "a: b \n",
        "a: \"b\" \n",
        "...\n",
        "--- a: b\n",
        "%YAML 1.1\n---\na: b\n",
        "a: b\na: c\n",
        "a: b: c\n",
        "? a\n: b\n",
        "a\n",
        "a:b\n",
        "a : b\n",
        "-a: b\n",
        "a:\n  b\n",
        "a: b\n- c\n",
        "- a\n  b: c\n",
        "a:\n    b: c\n  d: e\n",
        "- - b\n",
      })
  void declinesWhatItDoesNotReadExactly(String text) {
    assertEquals(Optional.empty(), BlockYaml.read(text), () -> "read:\n" + text);
  }

  @Test
  void declinesKeysAndNestingNearTheFullParsersLimits() {
    assertEquals(Optional.empty(), BlockYaml.read("k".repeat(1001) + ": v\n"));
    var deep = new StringBuilder();
    for (int level = 0; level < 60; level++) {
      deep.append("  ".repeat(level)).append("k:\n");
    }
    assertEquals(Optional.empty(), BlockYaml.read(deep.toString()));
  }

  @Test
  void declinesADocumentTooLongForTheFullParser() throws IOException {
    String entry = "- name: abcdefghijklmnopqrstuvwxyz0123456789\n";
    String oneLong = "---\nitems:\n" + entry.repeat(3_200_000 / entry.length());
    assertThrows(JsonProcessingException.class, () -> YamlDocuments.readWithParser(oneLong));
    assertTrue(BlockYaml.read(oneLong).isEmpty(), "a document of 3.2 M characters is declined");
    String manyShort = ("---\nitems:\n" + entry.repeat(1000)).repeat(70);
    assertSameReading(manyShort, BlockYaml.read(manyShort).orElseThrow());
  }

  /**
   * Thousands of small edits to real manifests and to the shapes above, with the characters and
   * words that change YAML's reading: every text the fast reader accepts, the full parser reads
   * without error and to the same values.
   */
  @Test
  void acceptsOnlyWhatTheFullParserReadsTheSame() throws IOException {
    List<String> seeds = new ArrayList<>(documentsOf(renderedManifests()));
    seeds.addAll(documentsOf(corpusManifests()));
    seeds.addAll(SHAPES);
    var random = new Random(20261126);
    int accepted = 0;
    int invalid = 0;
    for (int round = 0; round < 40_000; round++) {
      String text = seeds.get(random.nextInt(seeds.size()));
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        text = edit(text, random);
      }
      Optional<List<Object>> read = BlockYaml.read(text);
      List<Object> full = readWithParserOrNull(text);
      if (full == null) {
        invalid++;
      }
      if (read.isPresent()) {
        accepted++;
        if (full == null) {
          fail("accepted what the full parser refuses:\n" + show(text));
        }
        if (!full.equals(read.get()) || !full.toString().equals(read.get().toString())) {
          fail("read differently:\n" + show(text) + "\nfull:  " + full + "\nblock: " + read.get());
        }
      }
    }
    assertTrue(accepted > 4_000, "accepted " + accepted + " edited documents");
    assertTrue(invalid > 4_000, "the full parser refused " + invalid + " edited documents");
  }

  private static final String[] INSERTS = {
    " ",
    "  ",
    "\n",
    "\n  ",
    "\n- ",
    ":",
    ": ",
    ":\n",
    "#",
    " #",
    "-",
    "- ",
    "'",
    "''",
    "\"",
    "\\",
    "\\\"",
    "\\n",
    "\\u00e9",
    "\\ud83d",
    "\\x41",
    "\\/",
    "\\t",
    "\\U0001F600",
    "{",
    "}",
    "{}",
    "[",
    "]",
    "[]",
    ",",
    "&a ",
    "*a",
    "!",
    "!!str ",
    "|",
    ">",
    "%",
    "@",
    "`",
    "?",
    "? ",
    "\t",
    "\r",
    "\r\n",
    "\u0085",
    "\u2028",
    "\u00a0",
    "é",
    "😀",
    "\ufeff",
    "\ud800",
    "\u0000",
    "\u007f",
    "0",
    "1",
    "0x1",
    ".5",
    "1e3",
    "-1",
    "~",
    "true",
    "True",
    "yes",
    "No",
    "null",
    "NULL",
    "on",
    "y",
    "=",
    "<<",
    "---",
    "...",
    "\n---\n",
    "\n...\n",
    "%YAML 1.1\n",
    "_",
    "/",
    "a",
    "Z",
    "k: v\n",
    "\"k\": v",
    "'k': v",
    "- k: v\n",
  };

  /**
   * One random edit: insert a token, overwrite a character, delete a few, re-indent a line, or copy
   * one line over another.
   */
  private static String edit(String text, Random random) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length());
    String token = INSERTS[random.nextInt(INSERTS.length)];
    return switch (random.nextInt(6)) {
      case 0, 1 -> text.substring(0, at) + token + text.substring(at);
      case 2 -> text.isEmpty() ? token : text.substring(0, at) + token + text.substring(at + 1);
      case 3 ->
          text.substring(0, at)
              + text.substring(Math.min(text.length(), at + 1 + random.nextInt(5)));
      case 4 -> {
        int line = text.lastIndexOf('\n', at) + 1;
        yield random.nextBoolean()
            ? text.substring(0, line) + " ".repeat(1 + random.nextInt(3)) + text.substring(line)
            : text.substring(0, line) + text.substring(line).replaceFirst("^ {1,2}", "");
      }
      default -> {
        String[] lines = text.split("\n", -1);
        lines[random.nextInt(lines.length)] = lines[random.nextInt(lines.length)];
        yield String.join("\n", lines);
      }
    };
  }

  private static void assertSameReading(String text, List<Object> read) throws IOException {
    List<Object> full = YamlDocuments.readWithParser(text);
    assertEquals(full, read, () -> show(text));
    assertEquals(full.toString(), read.toString(), () -> "in order: " + show(text));
  }

  private static List<Object> readWithParserOrNull(String text) {
    try {
      return YamlDocuments.readWithParser(text);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The text with its invisible characters spelled out, to paste into a test. */
  private static String show(String text) {
    var out = new StringBuilder();
    text.chars()
        .forEach(
            c ->
                out.append(
                    c == '\n'
                        ? "\\n\n"
                        : c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
    return out.toString();
  }

  /** Every YAML output of the valid test cases and of the repository's own catalog. */
  private static List<String> renderedManifests() throws IOException {
    var catalogs = new ArrayList<Path>();
    try (Stream<Path> cases = Files.list(CASES)) {
      cases.sorted().forEach(folder -> catalogs.add(folder.resolve("catalog.conf")));
    }
    catalogs.add(Path.of("catalog.conf"));
    var manifests = new ArrayList<String>();
    for (Path catalog : catalogs) {
      Result<RenderedTree> tree = TestCompiler.compile(catalog, Path.of("templates"));
      assertTrue(tree.ok(), () -> catalog + " compiles");
      for (RenderedFile file : tree.get().files().values()) {
        if (file.type() == OutputType.YAML) {
          manifests.add(file.text());
        }
      }
    }
    return manifests;
  }

  private static List<String> corpusManifests() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      var texts = new ArrayList<String>();
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
      assertTrue(texts.size() > 10, "corpus manifests at " + CORPUS.toAbsolutePath());
      return texts;
    }
  }

  /** Single documents, so that each edited text is small and each edit matters. */
  private static List<String> documentsOf(List<String> texts) {
    var documents = new ArrayList<String>();
    for (String text : texts) {
      for (String document : text.split("(?m)^---\n", -1)) {
        if (!document.isBlank()) {
          documents.add("---\n" + document);
        }
      }
    }
    return documents;
  }
}
