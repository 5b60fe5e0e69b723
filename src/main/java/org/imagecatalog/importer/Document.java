package org.imagecatalog.importer;

import com.fasterxml.jackson.databind.JsonNode;
import org.imagecatalog.diag.SourcePosition;

/**
 * One YAML document of an input file, and the line it starts on.
 *
 * @param source the file as named below its input, the same from any folder: {@code
 *     supplemental-ci-images/boskos.yaml} for a file of the folder argument, the file name alone
 *     for a file argument
 */
record Document(SourcePosition at, String source, JsonNode node) {
  Document within(JsonNode item) {
    return new Document(at, source, item);
  }
}
