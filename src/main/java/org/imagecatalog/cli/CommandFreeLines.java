package org.imagecatalog.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.imagecatalog.diag.WorkflowCommands;

/**
 * The console as the tool writes to it: UTF-8 text whose every line is {@linkplain
 * WorkflowCommands#neutralised neutralised} before it goes out, so nothing a catalog, a template or
 * a file name holds can reach a CI runner as a command, whichever part of the tool prints it. A
 * line goes out when it is complete; a last line without a line break, at {@link #finish()}. The
 * tool's own workflow commands (GitHub annotations) are written to the stream beneath, not here.
 */
final class CommandFreeLines extends OutputStream {
  private final OutputStream out;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

  CommandFreeLines(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    line.write(b);
    if (b == '\n') {
      emit();
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    int start = offset;
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == '\n') {
        line.write(bytes, start, i + 1 - start);
        emit();
        start = i + 1;
      }
    }
    line.write(bytes, start, offset + length - start);
  }

  /** Passes on what is complete; a partial line waits, since its end could make it a command. */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Writes the last line, even without its line break, and flushes. */
  void finish() throws IOException {
    if (line.size() > 0) {
      emit();
    }
    out.flush();
  }

  private void emit() throws IOException {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    boolean broken = text.endsWith("\n");
    String neutral =
        WorkflowCommands.neutralised(broken ? text.substring(0, text.length() - 1) : text);
    out.write(neutral.getBytes(StandardCharsets.UTF_8));
    if (broken) {
      out.write('\n');
    }
  }
}
