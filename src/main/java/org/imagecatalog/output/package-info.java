/**
 * Output: locks the output folder, compares a rendered tree with it, writes the difference or
 * reports it, and keeps the stamp that lets a run with nothing changed stop early.
 *
 * <p>The only package that writes files, and only inside the output folder's real path. Writes are
 * all or nothing: the folder is checked for links and obstructions first, every changed file is
 * written under a temporary name beside its target, and only when all succeeded are they renamed
 * into place. Only files that carry the generated marker are ever overwritten or deleted.
 */
package org.imagecatalog.output;
