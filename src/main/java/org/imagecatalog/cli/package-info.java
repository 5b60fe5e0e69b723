/**
 * The command line: parses arguments, runs the {@link org.imagecatalog.Compiler} and {@code
 * output}, prints diagnostics and summaries, and maps outcomes to exit statuses.
 *
 * <p>The only package that uses Commons CLI or prints to the console. Nothing depends on it.
 */
package org.imagecatalog.cli;
