package org.imagecatalog.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagecatalog.Compiler;
import org.imagecatalog.diag.DiagnosticPrinter;

/** The {@code image-catalog} command. */
public final class Main {
  private Main() {}

  /**
   * What a run may read of its surroundings besides its arguments: the environment, for {@code
   * NO_COLOR} and GitHub Actions, and whether standard error is a terminal (the launcher tells).
   */
  public record Surroundings(Map<String, String> environment, boolean stderrTerminal) {
    public static final Surroundings NONE = new Surroundings(Map.of(), false);

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
    var surroundings =
        new Surroundings(System.getenv(), Boolean.getBoolean("image-catalog.stderr-terminal"));
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
    try {
      if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
        out.print(Usage.manual());
        return ExitCode.OK.status();
      }
      if (args.length == 1 && args[0].equals("--version")) {
        out.println("image-catalog " + Compiler.version());
        return ExitCode.OK.status();
      }
      Invocation invocation = Invocation.parse(args, surroundings.githubActions());
      var printer =
          new DiagnosticPrinter(workingFolder, invocation.format(), surroundings.colour());
      var reporter =
          new Reporter(
              out,
              err,
              printer,
              invocation.quiet(),
              invocation.has(Flag.VERBOSE),
              invocation.strict());
      return dispatch(invocation, reporter).status();
    } catch (UsageException e) {
      err.println("image-catalog: " + e.getMessage());
      err.println(Usage.usageLine(e.command()));
      return ExitCode.BAD_INPUT.status();
    } catch (RuntimeException | Error e) {
      err.println("internal error: " + e);
      for (StackTraceElement frame : e.getStackTrace()) {
        err.println("    at " + frame);
      }
      err.println("This is a bug in image-catalog. Please report it with the lines above.");
      return ExitCode.INTERNAL.status();
    }
  }

  private static ExitCode dispatch(Invocation invocation, Reporter reporter) throws UsageException {
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
    try (var compiler = new Compiler()) {
      return switch (invocation.command()) {
        case GENERATE -> new OutputCommand(invocation, reporter, compiler, false).run();
        case CHECK -> new OutputCommand(invocation, reporter, compiler, true).run();
        case VALIDATE -> new ValidateCommand(invocation, reporter, compiler).run();
        case EXPLAIN -> new ExplainCommand(invocation, reporter, compiler).run();
        case IMPORT -> new ImportCommand(invocation, reporter, compiler).run();
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
      Invocation.parse(new String[] {arguments.get(0)}, false);
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
