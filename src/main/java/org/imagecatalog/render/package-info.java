/**
 * Rendering: the model, through typed views and the Mustache templates, into an in-memory tree of
 * output files.
 *
 * <p>The only package that uses mustache.java. Templates are read once by {@link TemplateSet};
 * after that rendering is a pure function and never touches the disk. Templates are strict: a
 * variable the view does not have is an error, never an empty string.
 */
package org.imagecatalog.render;
