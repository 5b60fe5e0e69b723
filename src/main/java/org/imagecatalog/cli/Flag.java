package org.imagecatalog.cli;

import org.apache.commons.cli.Option;

/**
 * Every option of the command line, once: the parser, the help texts and the shell completions are
 * all made from this table, so they cannot disagree.
 */
enum Flag {
  CATALOG("catalog", "c", "FILE", "the catalog (default: catalog.conf)"),
  TEMPLATES("templates", "t", "DIR", "the template folder (default: templates)"),
  OUT("out", "o", "DIR", "the output folder (default: generated)"),
  STRICT("strict", null, null, "treat warnings as errors"),
  NAME_ONLY("name-only", null, null, "print only the paths of stale, missing and extra files"),
  TIMINGS("timings", null, null, "print the time each step took, on standard error"),
  OUTPUT("output", null, "FILE", "write the catalog here instead of standard output"),
  EXCLUDE(
      "exclude",
      null,
      "GLOB",
      "leave out the files of a folder argument whose path below it matches"),
  ACKNOWLEDGE(
      "acknowledge", null, null, "write acknowledge = [...] for the warnings each tag has today"),
  FORCE("force", null, null, "replace the catalog at --output, which import otherwise refuses to"),
  NAMESPACE(
      "namespace", "n", "NS", "the namespace of documents that name none, as oc apply -n gives it"),
  PREFER(
      "prefer",
      null,
      "SOURCE",
      "mapping or imagestreams: which wins where they disagree on a source"),
  REMOVE_IMPORTED(
      "remove-imported",
      null,
      null,
      "cut the ImageStreams --catalog defines out of the files they came from"),
  NO_SOURCE_COMMENTS(
      "no-source-comments", null, null, "leave out the comments naming each stream's files"),
  FORMAT(
      "format",
      null,
      "FORMAT",
      "diagnostics as text, github (default under GitHub Actions) or json"),
  QUIET("quiet", "q", null, "print only what fails the run"),
  VERBOSE("verbose", "v", null, "also name every file written or removed"),
  HELP("help", "h", null, "this help");

  private final String name;
  private final String shortName;
  private final String argument;
  private final String help;

  Flag(String name, String shortName, String argument, String help) {
    this.name = name;
    this.shortName = shortName;
    this.argument = argument;
    this.help = help;
  }

  /** The long name, without dashes. */
  String longName() {
    return name;
  }

  /** The short name without its dash, or null. */
  String shortName() {
    return shortName;
  }

  boolean takesValue() {
    return argument != null;
  }

  String argument() {
    return argument;
  }

  String help() {
    return help;
  }

  /** {@code --out DIR}, as usage lines write it. */
  String synopsis() {
    return "--" + name + (argument == null ? "" : " " + argument);
  }

  /** {@code -o, --out DIR}, as help lists write it. */
  String listed() {
    return (shortName == null ? "    " : "-" + shortName + ", ") + synopsis();
  }

  Option option() {
    Option.Builder builder = Option.builder(shortName).longOpt(name);
    if (argument != null) {
      builder.hasArg().argName(argument);
    }
    return builder.get();
  }

  static Flag of(Option option) {
    for (Flag flag : values()) {
      if (flag.name.equals(option.getLongOpt())) {
        return flag;
      }
    }
    throw new IllegalArgumentException("no flag " + option.getLongOpt());
  }
}
