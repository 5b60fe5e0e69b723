package org.imagecatalog.render;

import java.io.Writer;

/**
 * The writer a template renders into: a {@link StringBuilder} sized up front. {@code StringWriter}
 * locks on every write and grows by copying; at 10,000 tags those copies were a third of what
 * rendering allocated.
 */
final class TextBuffer extends Writer {
  private final StringBuilder text;

  TextBuffer(int capacity) {
    this.text = new StringBuilder(capacity);
  }

  @Override
  public void write(String string) {
    text.append(string);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public Writer append(CharSequence chars) {
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
