/**
 * The template context: small public records built from the model by pure functions. This is the
 * stable, documented interface between the compiler and user templates (see the README's "Template
 * context"); a template can name only what these records have.
 */
package org.imagecatalog.render.view;
