package org.imagecatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every generated file has LF line endings and exactly one final newline after its marker. */
class TextBufferTest {
  private static String normalized(String body) {
    var text = new TextBuffer(16, RenderLimits.MAX_FILE_CHARS);
    text.write("# marker\n");
    int start = text.length();
    text.write(body);
    return text.normalized(start);
  }

  @Test
  void windowsLineEndingsBecomeLf() {
    assertEquals("# marker\na: 1\nb: 2\n", normalized("a: 1\r\nb: 2\r\n"));
  }

  @Test
  void trailingBlankLinesCollapseToOneNewline() {
    assertEquals("# marker\na\n", normalized("a\n\n\n"));
    assertEquals("# marker\na\n", normalized("a\r\n\r\n"));
  }

  @Test
  void aMissingFinalNewlineIsAdded() {
    assertEquals("# marker\na\n", normalized("a"));
  }

  @Test
  void theMarkerLineIsNeverTrimmed() {
    assertEquals("# marker\n\n", normalized(""));
    assertEquals("# marker\n\n", normalized("\n\n"));
  }

  @Test
  void aCarriageReturnOutsideALineEndingStays() {
    assertEquals("# marker\na\rb\n", normalized("a\rb"));
  }
}
