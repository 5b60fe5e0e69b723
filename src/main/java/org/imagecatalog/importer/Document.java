package org.imagecatalog.importer;

import com.fasterxml.jackson.databind.JsonNode;
import org.imagecatalog.diag.SourcePosition;

/**
 * One YAML document of an input file, or an item of a {@code kind: List}, and the line it starts
 * on.
 *
 * @param source the file as named below its input, the same from any folder: {@code
 *     supplemental-ci-images/boskos.yaml} for a file of the folder argument, the file name alone
 *     for a file argument
 * @param lines the lines of the file's keys and items, for positions inside the document
 */
record Document(SourcePosition at, String source, JsonNode node, YamlLines lines) {
  /** Item {@code index} of {@code items}, a sequence of this document, at its own line. */
  Document item(JsonNode items, int index) {
    return new Document(
        new SourcePosition(at.file(), lines.of(items, index, at.line())),
        source,
        items.path(index),
        lines);
  }

  /** The fields of the document's root. */
  Fields fields(org.imagecatalog.diag.Diagnostics diagnostics) {
    return new Fields(node, "", at, lines, diagnostics);
  }
}
