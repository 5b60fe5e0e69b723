package org.imagecatalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.imagecatalog.cli.Main;

/**
 * What one in-process run of the command line printed and returned; the time in generate's summary
 * varies, so it reads {@code N ms}. Every run of the tests keeps its state in one cache folder of
 * the test run's own, never in the user's.
 */
public record CommandLineRun(int status, String out, String err) {
  /** The tests' cache folder, for {@code XDG_CACHE_HOME}: each test process has its own. */
  public static final Path CACHE = cache();

  private static Path cache() {
    try {
      Path cache = Files.createTempDirectory("image-catalog-test-cache");
      cache.toFile().deleteOnExit();
      return cache;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static CommandLineRun of(Path workingFolder, String... args) {
    return of(workingFolder, Main.Surroundings.NONE, args);
  }

  /**
   * The run, with the tests' cache folder unless the surroundings name another, and run from this
   * checkout as its launcher runs it: the checkout is the release, whose templates are the default.
   */
  public static CommandLineRun of(Path workingFolder, Main.Surroundings given, String... args) {
    var environment = new java.util.HashMap<>(given.environment());
    environment.putIfAbsent("XDG_CACHE_HOME", CACHE.toString());
    var surroundings =
        new Main.Surroundings(
            environment,
            given.stderrTerminal(),
            given.release().or(() -> java.util.Optional.of(Path.of("").toAbsolutePath())));
    var stdout = new ByteArrayOutputStream();
    var stderr = new ByteArrayOutputStream();
    int status;
    try (var o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        var e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, o, e, workingFolder, surroundings);
    }
    return new CommandLineRun(
        status,
        stdout.toString(StandardCharsets.UTF_8).replaceAll("(?m) in \\d+ ms$", " in N ms"),
        stderr.toString(StandardCharsets.UTF_8));
  }

  /**
   * The command line in a process of its own, started in the folder, as a user runs it: paths are
   * named from that folder. Its state goes to the tests' cache folder.
   */
  public static ProcessBuilder java(Path workingFolder, String... args) {
    var command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dimage-catalog.home=" + Path.of("").toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).directory(workingFolder.toFile());
    builder.environment().put("XDG_CACHE_HOME", CACHE.toString());
    builder.environment().remove("GITHUB_ACTIONS");
    return builder;
  }

  /** What {@link #java} printed and returned. */
  public static CommandLineRun ofProcess(Path workingFolder, String... args) {
    try {
      Path out = Files.createTempFile(CACHE, "out", ".txt");
      Path err = Files.createTempFile(CACHE, "err", ".txt");
      Process process =
          java(workingFolder, args)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      int status = process.waitFor();
      return new CommandLineRun(
          status,
          Files.readString(out).replaceAll("(?m) in \\d+ ms$", " in N ms"),
          Files.readString(err));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Copies a folder's files, as a test copies the templates to change them. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  /** A HOCON string literal of any text: quotes, backslashes and controls escaped. */
  public static String hocon(String text) {
    var out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
