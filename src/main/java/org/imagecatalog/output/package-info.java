/**
 * Output: compares a rendered tree with the part of the output root its outputs own, writes the
 * difference or reports it, and keeps, outside the root, the lock two writers take turns on and the
 * stamp that lets a run with nothing changed stop early.
 *
 * <p>The only package that writes files: inside the output root's owned folders and shared files,
 * and in the root's state folder. Writes are all or nothing: the owned part of the root is checked
 * for links and obstructions first, every changed file is written under a temporary name of the run
 * beside its target, and only when all succeeded are they renamed into place. Only files that carry
 * the generated marker are ever overwritten or deleted, and a shared file only in its section.
 */
package org.imagecatalog.output;
