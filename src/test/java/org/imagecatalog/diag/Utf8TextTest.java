package org.imagecatalog.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
  @Test
  void decodesEveryPlaneExactly() {
    String text = "a\né\u20ac\n\uD83D\uDE00\n";
    assertEquals(text, Utf8Text.decode(text.getBytes(StandardCharsets.UTF_8), "f", "c").get());
  }

  @Test
  void namesTheLineOfTheFirstByteThatIsNotUtf8() {
    byte[] bytes = {'a', '\n', 'b', '\n', 'c', (byte) 0xe9, '\n', (byte) 0xff};
    Result<String> result = Utf8Text.decode(bytes, "f.conf", "code");
    assertFalse(result.ok());
    assertEquals(
        List.of(Diagnostic.error("code", new SourcePosition("f.conf", 3), "", "is not UTF-8 text")),
        result.diagnostics());
  }

  @Test
  void refusesASequenceCutShortAtTheEnd() {
    byte[] bytes = {'a', '\n', (byte) 0xe2, (byte) 0x82};
    assertEquals(
        new SourcePosition("f", 2), Utf8Text.decode(bytes, "f", "c").diagnostics().get(0).at());
  }

  @Test
  void refusesAnEncodedSurrogate() {
    byte[] bytes = {(byte) 0xed, (byte) 0xa0, (byte) 0x80};
    assertFalse(Utf8Text.decode(bytes, "f", "c").ok());
  }
}
