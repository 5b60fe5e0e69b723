/**
 * Diagnostics: the one type every stage uses to report a problem in the user's input.
 *
 * <p>Stages collect diagnostics instead of throwing, so a user sees every mistake in one run. This
 * package depends on nothing else in the project.
 */
package org.imagecatalog.diag;
