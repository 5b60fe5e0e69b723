/**
 * The catalog as immutable records: namespaces, image streams, tags, their sources and their
 * effective settings, each knowing where in the catalog it was written.
 *
 * <p>Depends only on {@code diag} for {@link org.imagecatalog.diag.SourcePosition}. No I/O and no
 * third-party library here: every later stage reads this model and nothing else.
 */
package org.imagecatalog.model;
