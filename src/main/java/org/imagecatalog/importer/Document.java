package org.imagecatalog.importer;

import java.nio.file.Path;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Value;

/**
 * One YAML document of an input file, or an item of a {@code kind: List}, and the line it starts
 * on.
 *
 * @param source the file as named below its input, the same from any folder: {@code
 *     supplemental-ci-images/boskos.yaml} for a file of the folder argument, the file name alone
 *     for a file argument
 * @param node the document's value, each part at its own line
 * @param input the path argument the document was read from, a file or a folder
 */
record Document(SourcePosition at, String source, Value node, Path input) {
  /** The fields of the document's root. */
  Fields fields(Diagnostics diagnostics) {
    return new Fields(node, "", at, diagnostics);
  }

  /** A part of this document, such as an item of a {@code kind: List}, at its own line. */
  Document part(Fields part) {
    return new Document(part.at(), source, part.value(), input);
  }
}
