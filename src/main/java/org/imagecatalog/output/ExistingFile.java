package org.imagecatalog.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;

/**
 * A regular file already in the output root, read as little as the comparison needs: its first line
 * for the generated marker, and its whole text only when it is small enough to compare or to show.
 * A file of any size, a 3 GB one included, costs at most {@link #MAX_READ} bytes of memory.
 *
 * @param size its size in bytes
 * @param firstLine its first bytes, up to the first line feed or {@link #HEAD_BYTES}, as text
 */
record ExistingFile(Path path, long size, String firstLine) {
  /** Enough for any generated marker: the marker names a catalog file, never a long path. */
  static final int HEAD_BYTES = 4096;

  /** Larger files are not read whole: neither compared byte for byte nor shown in a diff. */
  static final long MAX_READ = 64L << 20;

  /**
   * The file's size and first line, read without following a link.
   *
   * @throws IOException when it cannot be read; the caller has checked that it is a regular file
   */
  static ExistingFile open(Path path) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(path, BasicFileAttributes.class, NOFOLLOW_LINKS);
    try (SeekableByteChannel channel =
        Files.newByteChannel(path, StandardOpenOption.READ, NOFOLLOW_LINKS)) {
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(HEAD_BYTES, attributes.size()));
      while (buffer.hasRemaining() && channel.read(buffer) > 0) {
        // fill the head
      }
      byte[] head = buffer.array();
      int end = 0;
      while (end < buffer.position() && head[end] != '\n') {
        end++;
      }
      return new ExistingFile(
          path, attributes.size(), new String(head, 0, end, StandardCharsets.UTF_8));
    }
  }

  /**
   * True when the file has exactly these bytes; read only when the sizes agree, so never more than
   * the rendered file already holds in memory.
   */
  boolean holds(byte[] bytes) throws IOException {
    return size == bytes.length && Arrays.equals(readAll(bytes.length), bytes);
  }

  /** The whole text, when the file is small enough to be read; empty otherwise. */
  Optional<String> text() throws IOException {
    return size > MAX_READ
        ? Optional.empty()
        : Optional.of(new String(readAll(MAX_READ), StandardCharsets.UTF_8));
  }

  /** At most {@code limit} bytes and one more, so that a file that grew reads as different. */
  private byte[] readAll(long limit) throws IOException {
    try (InputStream in = Files.newInputStream(path, StandardOpenOption.READ, NOFOLLOW_LINKS)) {
      return in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
    }
  }
}
