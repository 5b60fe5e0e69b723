/**
 * Validation: the rules a bound catalog must satisfy before anything is rendered, each in its own
 * class under {@code rules}, reported as diagnostics.
 *
 * <p>Reads the model only; no I/O and no third-party library. Rules never stop at the first
 * finding, and none depends on another.
 */
package org.imagecatalog.validate;
