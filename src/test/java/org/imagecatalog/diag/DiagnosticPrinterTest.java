package org.imagecatalog.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON format's strings, escaped by hand here, read back exactly by a JSON library. */
class DiagnosticPrinterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DiagnosticPrinter printer =
      new DiagnosticPrinter(Path.of("/work"), DiagnosticPrinter.Format.JSON, false);

  @Test
  void everyUtf16CodeUnitReadsBackFromTheJsonFormatThroughUtf8() throws Exception {
    // Every char, lone surrogates included, in pieces of a thousand, then a valid pair.
    for (int start = 0; start <= Character.MAX_VALUE; start += 1000) {
      var message = new StringBuilder();
      for (int c = start; c < Math.min(start + 1000, Character.MAX_VALUE + 1); c++) {
        message.append((char) c).append('x'); // 'x' keeps each surrogate alone
      }
      assertReadsBack(message.toString());
    }
    assertReadsBack("pair \uD83D\uDE00, quote \", backslash \\, DEL \u007F, NEL \u0085");
  }

  private void assertReadsBack(String message) throws Exception {
    var d = Diagnostic.error("code", new SourcePosition("/work/c.conf", 3), "a.b", message);
    String line = printer.format(d);
    // What reaches the console is UTF-8: a lone surrogate would not survive it unescaped.
    byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
    JsonNode read = JSON.readTree(utf8);
    assertEquals(message, read.path("message").asText());
    assertEquals("c.conf", read.path("file").asText());
    assertEquals(3, read.path("line").asInt());
    assertEquals("a.b", read.path("path").asText());
  }
}
