package org.imagecatalog;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.DiagnosticPrinter;
import org.imagecatalog.render.RenderedFile;
import org.imagecatalog.render.RenderedTree;

/**
 * A whole rendered tree as one text, {@code -- path --} headers before each file (txtar style), so
 * one approved file shows added, removed and changed outputs in a single diff.
 */
final class TreeBundle {
  private TreeBundle() {}

  static String of(RenderedTree tree, List<Diagnostic> diagnostics, DiagnosticPrinter printer) {
    var out = new StringBuilder();
    if (!diagnostics.isEmpty()) {
      out.append("-- diagnostics --\n").append(printer.print(diagnostics));
    }
    for (RenderedFile file : tree.files().values()) {
      out.append("-- ").append(file.path()).append(" --\n").append(file.text());
    }
    return out.toString();
  }
}
