package org.imagecatalog.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Diagnostics;

/**
 * What the last {@code generate} of an output root read and wrote: the tool's version, how it was
 * invoked, every input (the catalog, the files it includes, the templates) by size and checksum,
 * every file it owns in the root (its outputs by checksum, the files it left alone by size and
 * modification time) and its diagnostics. While all of it is unchanged, the root is exactly what a
 * full run would make, so {@code generate} can stop there and print the same diagnostics. {@code
 * check} never trusts it: it regenerates everything.
 *
 * <p>It is kept in the root's {@link StateFolder}, outside the root. It is written last, only after
 * a run that wrote everything, so a run killed half way leaves files that no longer match it.
 *
 * @param invocation the working folder and the catalog, templates and root as the user named them:
 *     diagnostics name files that way, so a stamp is replayed only for the same invocation
 * @param ownedFolders the folders of the root the outputs own, as {@link
 *     org.imagecatalog.render.RenderedTree#ownedFolders()}
 * @param sharedFiles the files of the root that sections are written into
 * @param inputs input file, absolute, to its size and checksum
 * @param outputs generated file, relative to the root, to its size and checksum
 * @param leftAlone the other files in owned folders, never touched, to their size and time
 * @param diagnostics the warnings and notes of the run, as it printed them
 */
public record Stamp(
    String version,
    String invocation,
    SortedSet<String> ownedFolders,
    SortedSet<String> sharedFiles,
    SortedMap<String, String> inputs,
    SortedMap<String, String> outputs,
    SortedMap<String, String> leftAlone,
    List<Diagnostic> diagnostics) {
  /** A stamp larger than this is not one a run wrote: it is not read. */
  private static final long MAX_BYTES = 256L << 20;

  private static final String HEADER =
      "# image-catalog: what the last generate of one output root read and wrote. generate stops"
          + " here while all of it is unchanged; delete this file to make it run in full.";

  public Stamp {
    ownedFolders = new TreeSet<>(ownedFolders);
    sharedFiles = new TreeSet<>(sharedFiles);
    inputs = new TreeMap<>(inputs);
    outputs = new TreeMap<>(outputs);
    leftAlone = new TreeMap<>(leftAlone);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The stamp of a run that wrote {@code written} (every generated file, by path, with its whole
   * text) and left the other files of its owned folders alone.
   *
   * @param inputs the files read, and their bytes
   */
  public static Stamp of(
      String version,
      String invocation,
      Collection<String> ownedFolders,
      Collection<String> sharedFiles,
      Map<Path, byte[]> inputs,
      Map<String, String> written,
      Path root,
      Collection<String> leftAlone,
      List<Diagnostic> diagnostics)
      throws IOException {
    var inputSums = new TreeMap<String, String>();
    inputs.forEach((path, bytes) -> inputSums.put(path.toString(), sum(bytes)));
    var outputSums = new TreeMap<String, String>();
    written.forEach(
        (path, text) -> outputSums.put(path, sum(text.getBytes(StandardCharsets.UTF_8))));
    var alone = new TreeMap<String, String>();
    for (String path : leftAlone) {
      alone.put(
          path,
          touch(
              Files.readAttributes(
                  root.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
    }
    return new Stamp(
        version,
        invocation,
        new TreeSet<>(ownedFolders),
        new TreeSet<>(sharedFiles),
        inputSums,
        outputSums,
        alone,
        diagnostics);
  }

  /** The stamp the state folder holds, or empty when it has none this version can read. */
  public static Optional<Stamp> read(StateFolder state) {
    Path file = state.stamp();
    String text;
    try {
      Optional<BasicFileAttributes> there = OutputRoot.entry(file);
      if (there.isEmpty() || !there.get().isRegularFile() || there.get().size() > MAX_BYTES) {
        return Optional.empty(); // none, or not one a run wrote: a full run writes a new one
      }
      try (InputStream in =
          Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        text = new String(in.readNBytes((int) MAX_BYTES), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return parse(text);
  }

  private static Optional<Stamp> parse(String text) {
    String version = null;
    String invocation = null;
    var sets =
        Map.<String, SortedSet<String>>of("owned", new TreeSet<>(), "shared", new TreeSet<>());
    var sums =
        Map.<String, SortedMap<String, String>>of(
            "input", new TreeMap<>(), "output", new TreeMap<>(), "alone", new TreeMap<>());
    var diagnostics = new ArrayList<Diagnostic>();
    for (String line : lines(text)) {
      int space = line.indexOf(' ');
      String kind = space < 0 ? line : line.substring(0, space);
      String rest = space < 0 ? "" : line.substring(space + 1);
      int second = rest.indexOf(' ');
      if (kind.equals("version")) {
        version = rest;
      } else if (kind.equals("invocation")) {
        invocation = rest;
      } else if (sets.containsKey(kind)) {
        sets.get(kind).add(StampedDiagnostic.unescape(rest));
      } else if (sums.containsKey(kind) && second > 0) {
        sums.get(kind)
            .put(StampedDiagnostic.unescape(rest.substring(second + 1)), rest.substring(0, second));
      } else if (kind.equals("diagnostic")) {
        diagnostics.add(StampedDiagnostic.read(rest));
      } else if (kind.equals("note") && !diagnostics.isEmpty()) {
        int last = diagnostics.size() - 1;
        diagnostics.set(last, StampedDiagnostic.readNote(diagnostics.get(last), rest));
      } else if (!line.startsWith("#") && !line.isEmpty()) {
        return Optional.empty();
      }
    }
    return version == null || invocation == null
        ? Optional.empty()
        : Optional.of(
            new Stamp(
                version,
                invocation,
                sets.get("owned"),
                sets.get("shared"),
                sums.get("input"),
                sums.get("output"),
                sums.get("alone"),
                diagnostics));
  }

  /** The text's lines, found with indexOf: a stamp is read before anything is compiled. */
  private static List<String> lines(String text) {
    var lines = new ArrayList<String>();
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.add(text.substring(start, end));
      start = end + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /**
   * True when this stamp still describes the root: the same version and invocation, every input it
   * names and every current one with the same sizes and checksums, and the same files where the
   * outputs go.
   *
   * @param currentInputs the inputs as this run reads them now (the catalog, its includes as the
   *     stamp names them, the templates present now), with their bytes
   */
  public boolean holds(
      String currentVersion, String currentInvocation, Map<Path, byte[]> currentInputs, Path root) {
    if (!version.equals(currentVersion) || !invocation.equals(currentInvocation)) {
      return false;
    }
    var now = new TreeMap<String, String>();
    currentInputs.forEach((path, bytes) -> now.put(path.toString(), sum(bytes)));
    if (!now.equals(inputs)) {
      return false;
    }
    try {
      var problems = new Diagnostics();
      SortedMap<String, OwnedFiles.Entry> files =
          OwnedFiles.walk(root, ownedFolders, sharedFiles, problems);
      if (!problems.sorted().isEmpty()) {
        return false; // a link or an oddity appeared: run in full, which says why
      }
      var seen = new TreeSet<String>();
      for (var entry : files.entrySet()) {
        if (entry.getValue().kind() == OwnedFiles.Kind.FOLDER) {
          continue;
        }
        String path = entry.getKey();
        seen.add(path);
        String written = outputs.get(path);
        if (written != null) {
          // The size first: a file replaced by a large one is not read to find it changed.
          if (!written.startsWith(entry.getValue().attributes().size() + ":")
              || !written.equals(sum(Files.readAllBytes(root.resolve(path))))) {
            return false;
          }
        } else if (!touch(entry.getValue().attributes()).equals(leftAlone.get(path))) {
          return false;
        }
      }
      return seen.size() == outputs.size() + leftAlone.size();
    } catch (IOException e) {
      return false; // a file went missing or cannot be read: run in full, which says why
    }
  }

  /** Writes the stamp into the state folder, atomically; a problem if it cannot. */
  public List<Diagnostic> write(StateFolder state) {
    var text = new StringBuilder(HEADER).append('\n');
    text.append("version ").append(version).append('\n');
    text.append("invocation ").append(invocation).append('\n');
    ownedFolders.forEach(
        f -> text.append("owned ").append(StampedDiagnostic.escape(f)).append('\n'));
    sharedFiles.forEach(
        f -> text.append("shared ").append(StampedDiagnostic.escape(f)).append('\n'));
    for (var section :
        List.of(
            Map.entry("input", inputs),
            Map.entry("output", outputs),
            Map.entry("alone", leftAlone))) {
      section
          .getValue()
          .forEach(
              (path, sum) ->
                  text.append(section.getKey())
                      .append(' ')
                      .append(sum)
                      .append(' ')
                      .append(StampedDiagnostic.escape(path))
                      .append('\n'));
    }
    for (Diagnostic d : diagnostics) {
      text.append("diagnostic ").append(StampedDiagnostic.write(d)).append('\n');
      d.notes().forEach(n -> text.append("note ").append(StampedDiagnostic.write(n)).append('\n'));
    }
    return OutputWriter.writeFile(state.stamp(), text.toString());
  }

  /** The generated files, for a run that stops at the stamp. */
  public List<String> outputPaths() {
    return new ArrayList<>(outputs.keySet());
  }

  public List<String> leftAlonePaths() {
    return new ArrayList<>(leftAlone.keySet());
  }

  /**
   * The file's size and CRC-32C. It catches every accidental edit, not a deliberate collision: the
   * stamp only lets {@code generate} skip work, and {@code check}, CI's gate, never reads it.
   */
  static String sum(byte[] bytes) {
    var crc = new CRC32C();
    crc.update(bytes);
    return bytes.length + ":" + Long.toHexString(crc.getValue());
  }

  /**
   * A file left alone by its size and modification time, never its content: such a file may be of
   * any size, and only a change matters, not what changed.
   */
  private static String touch(BasicFileAttributes attributes) {
    return attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
  }
}
