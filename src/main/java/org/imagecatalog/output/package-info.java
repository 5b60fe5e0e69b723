/**
 * Output: compares a rendered tree with the output folder, writes the difference, or reports it.
 *
 * <p>The only package that writes files. Writes are all or nothing: every changed file is first
 * written beside its target, and only when all succeeded are they renamed into place. Only files
 * that carry the generated marker are ever deleted.
 */
package org.imagecatalog.output;
