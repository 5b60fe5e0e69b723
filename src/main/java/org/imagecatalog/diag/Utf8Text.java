package org.imagecatalog.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A user's file read as UTF-8 text, strictly: a byte that is not UTF-8 is an error at its line,
 * never a replacement character that would reach the outputs.
 */
public final class Utf8Text {
  private Utf8Text() {}

  /**
   * The text of {@code bytes}, or an error with {@code code} at the line of {@code file} that holds
   * the first byte that is not UTF-8.
   */
  public static Result<String> decode(byte[] bytes, String file, String code) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      return Result.failed(
          Diagnostic.error(code, new SourcePosition(file, line), "", "is not UTF-8 text"));
    }
    decoder.flush(out);
    return Result.success(out.flip().toString());
  }
}
