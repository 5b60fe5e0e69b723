package org.imagecatalog.importer;

import org.imagecatalog.diag.SourcePosition;

/** A document or part of one that was deliberately not imported, and why. */
public record Skipped(SourcePosition at, String what) {}
