package org.imagecatalog.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * The parsed command line of one run.
 *
 * @param output where {@code import} writes the catalog; null for standard output
 */
record Invocation(
    String command,
    Path catalog,
    Path templates,
    Path out,
    boolean strict,
    Path output,
    boolean sourceComments,
    boolean timings,
    List<String> arguments) {

  static final Options OPTIONS =
      new Options()
          .addOption(Option.builder("c").longOpt("catalog").hasArg().argName("FILE").get())
          .addOption(Option.builder("t").longOpt("templates").hasArg().argName("DIR").get())
          .addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").get())
          .addOption(Option.builder().longOpt("strict").get())
          .addOption(Option.builder().longOpt("output").hasArg().argName("FILE").get())
          .addOption(Option.builder().longOpt("no-source-comments").get())
          .addOption(Option.builder().longOpt("timings").get())
          .addOption(Option.builder("h").longOpt("help").get());

  /** Parses everything after the command word. */
  static Invocation parse(String command, String[] rest) throws ParseException {
    CommandLine line = DefaultParser.builder().get().parse(OPTIONS, rest);
    return new Invocation(
        command,
        Path.of(line.getOptionValue("catalog", "catalog.conf")),
        Path.of(line.getOptionValue("templates", "templates")),
        Path.of(line.getOptionValue("out", "generated")),
        line.hasOption("strict"),
        line.hasOption("output") ? Path.of(line.getOptionValue("output")) : null,
        !line.hasOption("no-source-comments"),
        line.hasOption("timings"),
        line.getArgList());
  }

  boolean wantsHelp(String[] rest) {
    return List.of(rest).contains("--help") || List.of(rest).contains("-h");
  }
}
