package org.imagecatalog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.diag.PrintableText;

/** The {@code image-catalog} command. */
public final class Main {
  private Main() {}

  /**
   * What a run may read of its surroundings besides its arguments: the environment, for {@code
   * NO_COLOR}, GitHub Actions and the user's cache folder; whether standard error is a terminal;
   * and the release the tool runs from, whose templates it uses when a catalog has none beside it
   * (the launcher tells the last two).
   *
   * @param release the release's folder, holding {@code templates/}; empty when not known
   */
  public record Surroundings(
      Map<String, String> environment, boolean stderrTerminal, Optional<Path> release) {
    public static final Surroundings NONE = new Surroundings(Map.of(), false);

    public Surroundings(Map<String, String> environment, boolean stderrTerminal) {
      this(environment, stderrTerminal, Optional.empty());
    }

    /**
     * The tool's folder in the user's cache, where each output root's lock and stamp are kept: by
     * the XDG base directory rules, {@code $XDG_CACHE_HOME} or {@code ~/.cache}; without either, a
     * folder of this user's in the system's temporary folder.
     */
    Path stateHome() {
      String xdg = environment.getOrDefault("XDG_CACHE_HOME", "");
      if (!xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
        return Path.of(xdg, "image-catalog");
      }
      String home = environment.getOrDefault("HOME", "");
      if (!home.isEmpty() && Path.of(home).isAbsolute()) {
        return Path.of(home, ".cache", "image-catalog");
      }
      return Path.of(
          System.getProperty("java.io.tmpdir"), "image-catalog-" + System.getProperty("user.name"));
    }

    /** The release's own templates, when the tool runs from a release that has them. */
    Optional<Path> releaseTemplates() {
      return release.map(folder -> folder.resolve("templates")).filter(Files::isDirectory);
    }

    boolean githubActions() {
      return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /** Colour on a terminal, unless {@code NO_COLOR} is set (no-color.org) or TERM is dumb. */
    boolean colour() {
      return stderrTerminal
          && environment.getOrDefault("NO_COLOR", "").isEmpty()
          && !"dumb".equals(environment.get("TERM"));
    }
  }

  public static void main(String[] args) {
    String release = System.getProperty("image-catalog.home", "");
    var surroundings =
        new Surroundings(
            System.getenv(),
            Boolean.getBoolean("image-catalog.stderr-terminal"),
            release.isEmpty() ? Optional.empty() : Optional.of(Path.of(release)));
    System.exit(run(args, System.out, System.err, Path.of("").toAbsolutePath(), surroundings));
  }

  /** {@link #run(String[], PrintStream, PrintStream, Path, Surroundings)} outside any CI. */
  public static int run(String[] args, PrintStream out, PrintStream err, Path workingFolder) {
    return run(args, out, err, workingFolder, Surroundings.NONE);
  }

  /**
   * Runs one command and returns its exit status; never calls {@code System.exit}, so tests can run
   * it in-process.
   *
   * @param workingFolder file names in messages are shown relative to it
   */
  public static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      Path workingFolder,
      Surroundings surroundings) {
    var outLines = new CommandFreeLines(out);
    var errLines = new CommandFreeLines(err);
    var safeOut = new PrintStream(outLines, true, StandardCharsets.UTF_8);
    var safeErr = new PrintStream(errLines, true, StandardCharsets.UTF_8);
    // Only the tool's own annotations are workflow commands; they go to standard error as they are.
    var annotations = new PrintStream(err, true, StandardCharsets.UTF_8);
    try {
      return run(args, safeOut, safeErr, annotations, workingFolder, surroundings);
    } finally {
      safeOut.flush();
      safeErr.flush();
      try {
        outLines.finish();
        errLines.finish();
      } catch (IOException e) {
        // the console is gone: nothing is left to tell
      }
    }
  }

  private static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      PrintStream annotations,
      Path workingFolder,
      Surroundings surroundings) {
    // Plain text until the arguments say otherwise: a usage error has no format yet.
    DiagnosticPrinter printer = new DiagnosticPrinter(workingFolder);
    try {
      if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
        out.print(Usage.manual());
        return ExitCode.OK.status();
      }
      if (args.length == 1 && args[0].equals("--version")) {
        out.println("image-catalog " + Compiler.version());
        return ExitCode.OK.status();
      }
      Invocation invocation = Invocation.parse(args, surroundings);
      printer = new DiagnosticPrinter(workingFolder, invocation.format(), surroundings.colour());
      var reporter =
          new Reporter(
              out,
              invocation.format() == DiagnosticPrinter.Format.GITHUB ? annotations : err,
              err,
              printer,
              invocation.quiet(),
              invocation.has(Flag.VERBOSE),
              invocation.strict());
      return dispatch(invocation, reporter, surroundings.stateHome(), workingFolder).status();
    } catch (UsageException e) {
      err.println("image-catalog: " + PrintableText.of(e.getMessage()));
      err.println(Usage.usageLine(e.command()));
      return ExitCode.BAD_INPUT.status();
    } catch (RuntimeException | Error e) {
      if (ranOutOfMemory(e)) {
        err.println(printer.remark(tooLarge()));
        return ExitCode.BAD_INPUT.status();
      }
      err.println("internal error: " + PrintableText.of(e.toString()));
      for (StackTraceElement frame : e.getStackTrace()) {
        err.println("    at " + frame);
      }
      err.println("This is a bug in image-catalog. Please report it with the lines above.");
      return ExitCode.INTERNAL.status();
    }
  }

  /** The heap ran out, here or in a task of the pipeline's executor. */
  private static boolean ranOutOfMemory(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a run that ran out of memory says: the input is too large for this heap, which is the
   * user's to raise. The heap it had, not the input's size: by then no part of the run can tell.
   */
  static String tooLarge() {
    long mib = Runtime.getRuntime().maxMemory() >> 20;
    return "image-catalog: error: the input is too large for "
        + mib
        + " MiB of heap: set IMAGE_CATALOG_JAVA_OPTS=-Xmx"
        + Math.max(1, (mib * 2 + 1023) / 1024)
        + "g (or more) to give the launcher's Java a larger one";
  }

  private static ExitCode dispatch(
      Invocation invocation, Reporter reporter, Path stateHome, Path workingFolder)
      throws UsageException {
    if (invocation.helpRequested()) {
      reporter.out().print(Usage.of(invocation.command()));
      return ExitCode.OK;
    }
    if (invocation.command() == Command.HELP) {
      return help(invocation.arguments(), reporter);
    }
    if (invocation.command() == Command.COMPLETION) {
      return completion(invocation.arguments().get(0), reporter);
    }
    try (var compiler = new Compiler(Optional.of(stateHome), workingFolder)) {
      return switch (invocation.command()) {
        case GENERATE -> new OutputCommand(invocation, reporter, compiler, false).run();
        case CHECK -> new OutputCommand(invocation, reporter, compiler, true).run();
        case VALIDATE -> new ValidateCommand(invocation, reporter, compiler).run();
        case EXPLAIN -> new ExplainCommand(invocation, reporter, compiler).run();
        case IMPORT -> new ImportCommand(invocation, reporter, compiler).run();
        case ACKNOWLEDGE -> new AcknowledgeCommand(invocation, reporter, compiler).run();
        case HELP, COMPLETION -> throw new IllegalStateException("handled above");
      };
    }
  }

  private static ExitCode help(List<String> arguments, Reporter reporter) throws UsageException {
    if (arguments.isEmpty()) {
      reporter.out().print(Usage.manual());
      return ExitCode.OK;
    }
    Optional<Command> command = Command.named(arguments.get(0));
    if (command.isEmpty()) {
      // The same message as for an unknown command, with its "did you mean".
      Invocation.parse(new String[] {arguments.get(0)}, Surroundings.NONE);
    }
    reporter.out().print(Usage.of(command.orElseThrow()));
    return ExitCode.OK;
  }

  private static ExitCode completion(String shell, Reporter reporter) throws UsageException {
    String script =
        Completion.script(shell)
            .orElseThrow(
                () ->
                    new UsageException(
                        "no completion for \""
                            + shell
                            + "\"; shells: "
                            + String.join(", ", Completion.SHELLS),
                        Command.COMPLETION));
    reporter.out().print(script);
    return ExitCode.OK;
  }
}
