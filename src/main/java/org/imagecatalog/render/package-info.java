/**
 * Rendering: the model, through typed views and the Mustache templates, into an in-memory tree of
 * output files.
 *
 * <p>The only package that uses mustache.java. Templates are read once by {@link TemplateSet}, from
 * inside their folder only, and compiled up front, where partials and names are checked; after that
 * rendering a file is a pure function that never touches the disk, and the pipeline renders files
 * side by side. Templates are strict: a variable the view does not have is an error, never an empty
 * string.
 */
package org.imagecatalog.render;
