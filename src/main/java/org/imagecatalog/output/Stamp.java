package org.imagecatalog.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;

/**
 * What the last {@code generate} read and wrote, as sizes and checksums: the tool's version, every
 * input (the catalog, the files it includes, the templates) and every file of the output folder.
 * While all of them are unchanged, the output folder is exactly what a full run would make, so
 * {@code generate} can stop there. {@code check} never trusts it: it regenerates everything.
 *
 * <p>Kept in the output folder as {@value #FILE_NAME}, which the comparison, the clean-up and the
 * drift report ignore; paths are relative to the output folder, so the stamp reads the same on
 * every machine. It is written last and only after a run without any diagnostic: a run killed half
 * way leaves files that no longer match it, and a catalog with warnings is compiled again each
 * time, so that they are shown each time.
 *
 * @param inputs input path, relative to the output folder, to its sum
 * @param outputs generated file, relative to the output folder, to its sum
 * @param leftAlone the output folder's other files, never touched, to their sums
 * @param diagnostics the warnings and notes of the run, their files absolute
 */
public record Stamp(
    String version,
    SortedMap<String, String> inputs,
    SortedMap<String, String> outputs,
    SortedMap<String, String> leftAlone,
    List<Diagnostic> diagnostics) {
  public static final String FILE_NAME = ".image-catalog-stamp";
  private static final String HEADER =
      "# image-catalog: what the last generate read and wrote. generate stops here while all of it"
          + " is unchanged; delete this file to make it run in full.";

  public Stamp {
    inputs = new TreeMap<>(inputs);
    outputs = new TreeMap<>(outputs);
    leftAlone = new TreeMap<>(leftAlone);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The stamp of a run that wrote {@code written} (every generated file, by path) and left the
   * other files alone.
   *
   * @param inputs the files read, and their bytes
   */
  public static Stamp of(
      String version,
      Path folder,
      Map<Path, byte[]> inputs,
      Map<String, String> written,
      Collection<String> leftAlone,
      List<Diagnostic> diagnostics)
      throws IOException {
    var inputSums = new TreeMap<String, String>();
    inputs.forEach((path, bytes) -> inputSums.put(relative(folder, path), sum(bytes)));
    var outputSums = new TreeMap<String, String>();
    written.forEach(
        (path, text) -> outputSums.put(path, sum(text.getBytes(StandardCharsets.UTF_8))));
    var alone = new TreeMap<String, String>();
    for (String path : leftAlone) {
      alone.put(path, sum(Files.readAllBytes(folder.resolve(path))));
    }
    return new Stamp(
        version, inputSums, outputSums, alone, diagnostics.stream().map(Stamp::absolute).toList());
  }

  private static Diagnostic absolute(Diagnostic d) {
    var notes = d.notes().stream().map(n -> new Diagnostic.Note(absolute(n.at()), n.message()));
    return new Diagnostic(
        d.severity(), d.code(), absolute(d.at()), d.path(), d.message(), notes.toList());
  }

  private static SourcePosition absolute(SourcePosition at) {
    return at.isKnown()
        ? new SourcePosition(Path.of(at.file()).toAbsolutePath().normalize().toString(), at.line())
        : at;
  }

  /** The stamp the folder holds, or empty when it has none or one this version cannot read. */
  public static Optional<Stamp> read(Path folder) {
    List<String> lines;
    try {
      lines = lines(Files.readString(folder.resolve(FILE_NAME), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // unreadable: a full run writes a new one
    }
    String version = null;
    var sections =
        Map.<String, SortedMap<String, String>>of(
            "input", new TreeMap<>(), "output", new TreeMap<>(), "alone", new TreeMap<>());
    var diagnostics = new ArrayList<Diagnostic>();
    for (String line : lines) {
      String[] fields = line.split(" ", 3);
      if (fields.length == 2 && fields[0].equals("version")) {
        version = fields[1];
      } else if (fields.length == 3 && sections.containsKey(fields[0])) {
        sections.get(fields[0]).put(fields[2], fields[1]);
      } else if (line.startsWith("diagnostic ")) {
        diagnostics.add(StampedDiagnostic.read(line.substring("diagnostic ".length())));
      } else if (line.startsWith("note ") && !diagnostics.isEmpty()) {
        int last = diagnostics.size() - 1;
        diagnostics.set(last, StampedDiagnostic.readNote(diagnostics.get(last), line.substring(5)));
      } else if (!line.startsWith("#")) {
        return Optional.empty();
      }
    }
    return version == null
        ? Optional.empty()
        : Optional.of(
            new Stamp(
                version,
                sections.get("input"),
                sections.get("output"),
                sections.get("alone"),
                diagnostics));
  }

  /**
   * The text's lines, found with indexOf: a stamp is read before anything is compiled, and the line
   * reader's loop per character cost a third of the read at 1,000 tags.
   */
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
   * True when this stamp still describes the folder: the same version, every input it names and
   * every current template with the same sizes and checksums, and the same files in the folder.
   *
   * @param currentInputs the inputs of this run that the stamp may not know yet (the catalog as
   *     read now, the templates present now), with their bytes
   */
  public boolean holds(String currentVersion, Path folder, Map<Path, byte[]> currentInputs) {
    if (!version.equals(currentVersion)) {
      return false;
    }
    try {
      var now = new TreeMap<String, String>();
      currentInputs.forEach((path, bytes) -> now.put(relative(folder, path), sum(bytes)));
      for (String input : inputs.keySet()) {
        if (!now.containsKey(input)) {
          now.put(input, sum(Files.readAllBytes(folder.resolve(input))));
        }
      }
      return now.equals(inputs) && filesNow(folder).equals(files());
    } catch (IOException | UncheckedIOException e) {
      return false; // a file went missing or cannot be read: run in full, which says why
    }
  }

  private SortedMap<String, String> files() {
    var all = new TreeMap<>(outputs);
    all.putAll(leftAlone);
    return all;
  }

  private static SortedMap<String, String> filesNow(Path folder) throws IOException {
    var sums = new TreeMap<String, String>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file :
          files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
        String path = folder.relativize(file).toString().replace('\\', '/');
        if (!OutputFolder.isOwn(path)) {
          sums.put(path, sum(Files.readAllBytes(file)));
        }
      }
    }
    return sums;
  }

  /** Writes the stamp into the folder, atomically; a problem if it cannot. */
  public List<Diagnostic> write(Path folder) {
    var text = new StringBuilder(HEADER).append("\nversion ").append(version).append('\n');
    inputs.forEach(
        (path, sum) -> text.append("input ").append(sum).append(' ').append(path).append('\n'));
    outputs.forEach(
        (path, sum) -> text.append("output ").append(sum).append(' ').append(path).append('\n'));
    leftAlone.forEach(
        (path, sum) -> text.append("alone ").append(sum).append(' ').append(path).append('\n'));
    for (Diagnostic d : diagnostics) {
      text.append("diagnostic ").append(StampedDiagnostic.write(d)).append('\n');
      d.notes().forEach(n -> text.append("note ").append(StampedDiagnostic.write(n)).append('\n'));
    }
    return OutputWriter.writeFile(folder.resolve(FILE_NAME), text.toString());
  }

  /** The generated files, for a run that stops at the stamp. */
  public List<String> outputPaths() {
    return new ArrayList<>(outputs.keySet());
  }

  public List<String> leftAlonePaths() {
    return new ArrayList<>(leftAlone.keySet());
  }

  private static String relative(Path folder, Path file) {
    Path base = folder.toAbsolutePath().normalize();
    return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /**
   * The file's size and CRC-32C. It catches every accidental edit, not a deliberate collision: the
   * stamp only lets {@code generate} skip work, and {@code check}, CI's gate, never reads it. A
   * SHA-256 cost a run with nothing to do 25 ms of a 40 ms check (the security providers' start-up,
   * and hashing in the interpreter); CRC-32C is an instruction of the processor.
   */
  static String sum(byte[] bytes) {
    var crc = new CRC32C();
    crc.update(bytes);
    return bytes.length + ":" + Long.toHexString(crc.getValue());
  }
}
