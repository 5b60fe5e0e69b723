package org.imagecatalog.render;

import java.io.Writer;

/**
 * The writer a template renders into: a {@link StringBuilder} sized up front, that refuses to grow
 * past its limit. {@code StringWriter} locks on every write and grows by copying; at 10,000 tags
 * those copies were a third of what rendering allocated.
 */
final class TextBuffer extends Writer {
  private final StringBuilder text;
  private final int limit;

  TextBuffer(int capacity, int limit) {
    this.text = new StringBuilder(Math.min(capacity, limit));
    this.limit = limit;
  }

  private void room(int more) {
    if (more > limit - text.length()) {
      throw RenderLimits.tooLong(limit);
    }
  }

  @Override
  public void write(String string) {
    room(string.length());
    text.append(string);
  }

  @Override
  public void write(String string, int offset, int length) {
    room(length);
    text.append(string, offset, offset + length);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    room(length);
    text.append(chars, offset, length);
  }

  @Override
  public void write(int c) {
    room(1);
    text.append((char) c);
  }

  @Override
  public Writer append(CharSequence chars) {
    room(chars.length());
    text.append(chars);
    return this;
  }

  /**
   * The text with LF line endings and exactly one final newline, whatever the template's file has;
   * newlines before {@code start} (the marker line's) stay.
   */
  String normalized(int start) {
    if (text.indexOf("\r", start) >= 0) {
      String body = text.substring(start).replace("\r\n", "\n");
      text.setLength(start);
      text.append(body);
    }
    int end = text.length();
    while (end > start && text.charAt(end - 1) == '\n') {
      end--;
    }
    text.setLength(end);
    return text.append('\n').toString();
  }

  int length() {
    return text.length();
  }

  @Override
  public String toString() {
    return text.toString();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
