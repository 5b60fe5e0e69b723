package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imagecatalog.cli.Main;
import org.imagecatalog.diag.RunnerEmulation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder {@code cases/hostile/NAME/} is an attack on the command line: {@code case.txt} says
 * what to lay out beside the files of {@code files/} and which commands to run, and {@code
 * run.approved.txt} beside it holds what each run must print and return. A run that differs writes
 * {@code run.received.txt} there ({@code make approve} takes it). Whatever the case, no run may end
 * in exit 3 or a stack trace, and under {@code GITHUB_ACTIONS=true} no line but the tool's own
 * annotations may be a runner command.
 *
 * <p>{@code case.txt}, a line each ({@code $WORK} is the case's folder; in arguments {@code \n},
 * {@code \t}, {@code \e}, {@code \s} and {@code \}{@code uXXXX} are escapes):
 *
 * <pre>
 * # a comment
 * write PATH TEXT          a file, the text unescaped
 * fifo PATH                a named pipe
 * link PATH TARGET         a symbolic link
 * sparse PATH BYTES        a file of that size that takes no room
 * crlf PATH                the file's line feeds made CRLF
 * env NAME=VALUE           for the runs that follow
 * run ARGUMENTS...         the command line, split at spaces
 * tree PATH                what the folder holds now, into the transcript
 * </pre>
 */
class HostileCasesTest {
  static final Path CASES =
      Path.of("src/test/resources/org/imagecatalog/cases/hostile").toAbsolutePath();

  @TempDir Path work;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void runIsApproved(String name) throws Exception {
    Path source = CASES.resolve(name);
    if (Files.isDirectory(source.resolve("files"))) {
      CommandLineRun.copyTree(source.resolve("files"), work);
    }
    var environment = new HashMap<String, String>();
    var transcript = new StringBuilder();
    for (String line : Files.readAllLines(source.resolve("case.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split(" ", -1);
      switch (words[0]) {
        case "write" -> write(path(words[1]), unescape(rest(words, 2)));
        case "fifo" -> fifo(path(words[1]));
        case "link" -> Files.createSymbolicLink(path(words[1]), Path.of(expand(words[2])));
        case "sparse" -> sparse(path(words[1]), Long.parseLong(words[2]));
        case "crlf" ->
            Files.writeString(
                path(words[1]), Files.readString(path(words[1])).replace("\n", "\r\n"));
        case "env" -> {
          String[] pair = words[1].split("=", 2);
          environment.put(pair[0], expand(pair[1]));
        }
        case "run" -> transcript.append(run(words, environment));
        case "tree" -> transcript.append(tree(path(words[1])));
        default -> throw new IllegalArgumentException(name + ": unknown line " + line);
      }
    }
    Path approved = source.resolve("run.approved.txt");
    Path received = source.resolve("run.received.txt");
    String expected = Files.exists(approved) ? Files.readString(approved) : "";
    if (!expected.contentEquals(transcript)) {
      Files.writeString(received, transcript);
    } else {
      Files.deleteIfExists(received);
    }
    assertEquals(expected, transcript.toString(), name + ": see " + received);
  }

  private String run(String[] words, Map<String, String> environment) {
    var args = new ArrayList<String>();
    for (int i = 1; i < words.length; i++) {
      args.add(unescape(expand(words[i])));
    }
    CommandLineRun run =
        CommandLineRun.of(
            work, new Main.Surroundings(environment, false), args.toArray(String[]::new));
    String all = run.out() + run.err();
    assertNotEquals(3, run.status(), all);
    assertFalse(all.contains("internal error") || all.contains("\tat "), all);
    if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
      for (String command : RunnerEmulation.commands(all)) {
        assertTrue(command.matches("::(error|warning|notice) [^\n]*"), command);
      }
    }
    return "$ image-catalog "
        + String.join(" ", words).substring(4)
        + "\nstatus "
        + run.status()
        + "\n--- stdout\n"
        + shown(run.out())
        + "--- stderr\n"
        + shown(run.err());
  }

  /** Every file and folder below {@code folder}, sorted, folders with a slash. */
  private String tree(Path folder) throws IOException {
    var out = new StringBuilder("$ tree " + work.relativize(folder) + "\n");
    if (Files.exists(folder)) {
      try (Stream<Path> entries = Files.walk(folder)) {
        entries
            .filter(entry -> !entry.equals(folder))
            .sorted()
            .forEach(
                entry ->
                    out.append(folder.relativize(entry))
                        .append(Files.isDirectory(entry) ? "/" : "")
                        .append('\n'));
      }
    } else {
      out.append("(nothing)\n");
    }
    return out.toString();
  }

  /** The case's folder as {@code $WORK}, this checkout as {@code $CHECKOUT}, wherever they are. */
  private String shown(String output) {
    try {
      return output
          .replace(work.toRealPath().toString(), "$WORK")
          .replace(work.toString(), "$WORK")
          .replace(Path.of("").toAbsolutePath().toString(), "$CHECKOUT");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path path(String word) {
    return work.resolve(unescape(expand(word)));
  }

  private String expand(String word) {
    return word.replace("$WORK", work.toString());
  }

  private static String rest(String[] words, int from) {
    return String.join(" ", List.of(words).subList(Math.min(from, words.length), words.length));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void fifo(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
  }

  private static void sparse(Path file, long bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(bytes);
    }
  }

  static String unescape(String text) {
    var out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'e' -> out.append('\u001b');
        case 's' -> out.append(' ');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
