package org.imagecatalog.importer;

import com.fasterxml.jackson.databind.JsonNode;
import org.imagecatalog.diag.SourcePosition;

/** One YAML document of an input file, and the line it starts on. */
record Document(SourcePosition at, JsonNode node) {}
