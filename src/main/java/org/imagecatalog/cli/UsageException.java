package org.imagecatalog.cli;

/** A command line the tool cannot run; printed with the command's usage line, status 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Command command;

  /**
   * @param command the command whose usage to show, or null for the tool's
   */
  UsageException(String message, Command command) {
    super(message);
    this.command = command;
  }

  Command command() {
    return command;
  }
}
