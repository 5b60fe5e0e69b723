package org.imagecatalog.cli;

/** The process exit statuses, as documented in {@code --help}. */
enum ExitCode {
  OK(0),
  DRIFT(1),
  BAD_INPUT(2),
  INTERNAL(3);

  private final int status;

  ExitCode(int status) {
    this.status = status;
  }

  int status() {
    return status;
  }
}
