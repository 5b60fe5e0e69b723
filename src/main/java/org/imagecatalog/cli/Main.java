package org.imagecatalog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.apache.commons.cli.ParseException;

/** The {@code image-catalog} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, Path.of("").toAbsolutePath()));
  }

  /**
   * Runs one command and returns its exit status; never calls {@code System.exit}, so tests can
   * run it in-process.
   *
   * @param workingFolder file names in messages are shown relative to it
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Path workingFolder) {
    var reporter = new Reporter(out, err, workingFolder);
    try {
      return dispatch(args, reporter).status();
    } catch (ParseException e) {
      err.println("image-catalog: " + e.getMessage() + "; see image-catalog --help");
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

  private static ExitCode dispatch(String[] args, Reporter reporter) throws ParseException {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")
        || args[0].equals("help")) {
      reporter.out().print(Usage.TEXT);
      return args.length == 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
    if (args[0].equals("--version")) {
      reporter.out().println("image-catalog " + version());
      return ExitCode.OK;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    Invocation invocation = Invocation.parse(args[0], rest);
    if (invocation.wantsHelp(rest)) {
      reporter.out().print(Usage.TEXT);
      return ExitCode.OK;
    }
    return switch (args[0]) {
      case "generate" -> new OutputCommand(invocation, reporter, false).run();
      case "check" -> new OutputCommand(invocation, reporter, true).run();
      case "validate" -> new ValidateCommand(invocation, reporter).run();
      case "explain" -> new ExplainCommand(invocation, reporter).run();
      case "import" -> new ImportCommand(invocation, reporter).run();
      default -> throw new ParseException("unknown command \"" + args[0] + "\"");
    };
  }

  static String version() {
    try (InputStream in = Main.class.getResourceAsStream("/image-catalog.properties")) {
      var properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
