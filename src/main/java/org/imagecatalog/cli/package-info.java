/**
 * The command line: parses arguments against one table of commands and flags, runs the {@link
 * org.imagecatalog.Compiler}, prints diagnostics and summaries, and maps outcomes to exit statuses.
 *
 * <p>The only package that uses Commons CLI or prints to the console. Nothing depends on it.
 */
package org.imagecatalog.cli;
