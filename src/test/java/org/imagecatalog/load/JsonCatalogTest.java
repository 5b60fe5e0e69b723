package org.imagecatalog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigResolveOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.model.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON fast path must give exactly what the HOCON parser gives, or step aside. */
class JsonCatalogTest {
  static final Path FEATURES =
      Path.of("src/test/resources/org/imagecatalog/cases/valid/features/catalog.conf");

  @TempDir Path folder;

  private Path asJson(Path hocon) throws IOException {
    String json =
        ConfigFactory.parseFile(hocon.toFile(), ConfigParseOptions.defaults())
            .resolve(ConfigResolveOptions.noSystem())
            .root()
            .render(ConfigRenderOptions.concise().setJson(true).setFormatted(true));
    Path file = folder.resolve("catalog.conf");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void aJsonCatalogBindsToTheSameModelAndDiagnostics() throws IOException {
    Path json = asJson(FEATURES);
    String text = Files.readString(json);
    assertTrue(JsonCatalog.parse(text, json.toString()).isPresent(), "the fast path applies");
    Result<Catalog> fast = CatalogLoader.parse(json, text, true);
    Result<Catalog> hocon = CatalogLoader.parse(json, text, false);
    assertTrue(fast.ok(), fast.diagnostics()::toString);
    assertEquals(hocon, fast);
  }

  /** The same JSON text read by the fast path and by the HOCON parser. */
  private record BothPaths(Result<Catalog> fast, Result<Catalog> hocon) {}

  private BothPaths read(String json) throws IOException {
    Path file = Files.writeString(folder.resolve("catalog.conf"), json);
    assertTrue(JsonCatalog.parse(json, file.toString()).isPresent(), "the fast path applies");
    return new BothPaths(
        CatalogLoader.parse(file, json, true), CatalogLoader.parse(file, json, false));
  }

  @Test
  void wrongTypesAreReportedAtTheSameLines() throws IOException {
    BothPaths read =
        read(
            "{\n"
                + "  \"namespaces\": {\n"
                + "    \"ci\": {\n"
                + "      \"x\": {\n"
                + "        \"scheduled\": \"maybe\",\n"
                + "        \"used-by\": [\"a\", true],\n"
                + "        \"tags\": { \"t\": 7 }\n"
                + "      }\n"
                + "    }\n"
                + "  },\n"
                + "  \"outputs\": [\"x\"]\n"
                + "}\n");
    assertFalse(read.fast().ok());
    assertEquals(read.hocon().diagnostics(), read.fast().diagnostics());
  }

  @Test
  void aCatalogLevelErrorIsAtTheRootBraceOnBothPaths() throws IOException {
    BothPaths read = read("\n\n{ \"vars\": { } }\n");
    assertEquals(read.hocon().diagnostics(), read.fast().diagnostics());
    assertEquals(3, read.fast().diagnostics().get(0).at().line());
  }

  @Test
  void wholeNumbersReadAsTheHoconPathReadsThem() throws IOException {
    BothPaths read =
        read(
            "{\n  \"namespaces\": {\n    \"ci\": {\n      \"x\": {\n"
                + "        \"annotations\": { \"a\": 10, \"b\": -7, \"c\": -0 },\n"
                + "        \"tags\": { \"t\": \"quay.io/a/x:1\" }\n      }\n    }\n  }\n}\n");
    assertTrue(read.fast().ok(), read.fast().diagnostics()::toString);
    assertEquals(read.hocon(), read.fast());
    var stream = read.fast().get().namespaces().get(0).streams().get(0);
    assertEquals("0", stream.annotations().get("c"));
    assertEquals(
        List.of("number-as-text"),
        read.fast().diagnostics().stream().map(Diagnostic::code).toList(),
        "-0 is written as 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{ \"a\": \"%s\" }", "a = \"%s\""})
  void bytesThatAreNotUtf8AreRefusedInEitherSyntax(String catalog) throws IOException {
    // Latin-1 "é", and "/" in an overlong two-byte form that a lenient decoder would accept.
    for (byte[] bad : new byte[][] {{(byte) 0xE9}, {(byte) 0xC0, (byte) 0xAF}}) {
      String[] around = catalog.split("%s", -1);
      var bytes = new ByteArrayOutputStream();
      bytes.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
      bytes.writeBytes(bad);
      bytes.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
      Path file = Files.write(folder.resolve("catalog.conf"), bytes.toByteArray());
      Result<Catalog> read = CatalogLoader.load(file);
      assertFalse(read.ok());
      assertEquals("catalog-file", read.diagnostics().get(0).code());
      assertTrue(
          read.diagnostics().get(0).message().startsWith("cannot be read: "),
          read.diagnostics()::toString);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "namespaces { }",
        "{ \"a\": 1, \"a\": 2 }",
        "{ \"a\": 1.10 }",
        "{ \"a\": 1e3 }",
        "{ \"a\": 123456789012345678901 }",
        "{ \"a\": 1, }",
        "// comment\n{ }",
        "[ ]",
      })
  void anythingButPlainJsonTakesTheHoconParser(String text) {
    assertTrue(JsonCatalog.parse(text, "catalog.conf").isEmpty());
  }
}
