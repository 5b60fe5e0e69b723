package org.imagecatalog.cli;

/** The manual {@code --help} prints. */
final class Usage {
  static final String TEXT =
      """
      image-catalog: compile one catalog of external images into OpenShift ImageStreams and docs

      Usage:
        image-catalog generate [--catalog FILE] [--templates DIR] [--out DIR] [--strict]
        image-catalog check    [--catalog FILE] [--templates DIR] [--out DIR] [--strict]
        image-catalog validate [--catalog FILE] [--strict]
        image-catalog explain  NAMESPACE/NAME[:TAG] [--catalog FILE]
        image-catalog import   PATH... [--output FILE] [--no-source-comments]
        image-catalog --help | --version

      Commands:
        generate  Render every output in memory, verify it, then write only the files whose
                  bytes changed and remove generated files that are no longer produced. Files
                  without the generated marker are left alone. On any error nothing is written.
        check     Render as generate does but write nothing. Prints a diff of every stale file
                  and the missing and extra files; exits 1 when the output folder is stale.
        validate  Check the catalog and print a one-line summary.
        explain   Print the effective settings of a stream or tag and where each came from.
        import    Turn ImageStream manifests and supplementalCIImages mapping files (files, or
                  folders walked for *.yaml and *.yml) into a catalog, validated before it is
                  written. Other kinds, build outputs and mirror settings are listed as skipped.

      Options:
        -c, --catalog FILE    the catalog (default: catalog.conf)
        -t, --templates DIR   the template folder (default: templates)
        -o, --out DIR         the output folder (default: generated)
            --strict          treat warnings as errors
            --timings         (generate, check) print the time each step took, on stderr
            --output FILE     (import) write the catalog here instead of standard output
            --no-source-comments
                              (import) leave out the comments naming each stream's files
        -h, --help            this manual
            --version         the version

      Examples:
        image-catalog validate
        image-catalog generate
        image-catalog check --out generated
        image-catalog explain ci/boskos:latest
        image-catalog import clusters/app.ci/supplemental-ci-images --output catalog.conf

      Exit status:
        0  success
        1  check found the output folder out of date
        2  bad input or usage; every problem is printed as FILE:LINE: error: PATH: message
        3  internal error: a bug in image-catalog; please report it with the message
      """;

  private Usage() {}
}
