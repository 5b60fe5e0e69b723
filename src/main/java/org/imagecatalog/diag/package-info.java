/**
 * Diagnostics: the one type every stage uses to report a problem in the user's input, or a note
 * such as a document that import skipped, and their printing as text, GitHub annotations or JSON
 * lines.
 *
 * <p>Stages collect diagnostics instead of throwing, so a user sees every mistake in one run. This
 * package depends on nothing else in the project and on no library: it is below every stage.
 */
package org.imagecatalog.diag;
