package org.imagecatalog.verify;

import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.Result;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.load.Lines;
import org.imagecatalog.load.YamlDocuments;
import org.imagecatalog.render.OutputType;
import org.imagecatalog.render.RenderedFile;
import org.imagecatalog.render.SharedFile;

/**
 * Writes a section into the file it shares with hand-written keys, such as {@code
 * supplementalCIImages} into ci-images-mirror's {@code _config.yaml}, changing no other byte.
 *
 * <p>The section's block runs from its key to the next top-level key, less the blank lines and
 * unindented comments just before that key, which belong to it. The generated marker above the key
 * starts the block, with the comment lines between the two; comments above the marker are the
 * maintainer's and stay. A file without the key gets the block at its end; a missing file is the
 * block alone. The result is then verified whole ({@link MirrorConfig}).
 */
public final class SectionSplice {
  private SectionSplice() {}

  /**
   * The shared file with the rendered section spliced in, verified.
   *
   * @param file the rendered section: the marker, then the one key
   * @param existing the file as it is now; empty when there is none
   * @param at the file, as diagnostics name it
   */
  public static Result<SharedFile> splice(RenderedFile file, Optional<String> existing, String at) {
    String block = file.text();
    if (existing.isEmpty() || existing.get().isEmpty()) {
      return checked(new SharedFile(existing, block), file, at, line -> line);
    }
    String text = existing.get();
    List<YamlDocuments.TopLevelKey> keys;
    try {
      keys = YamlDocuments.topLevelKeys(text);
    } catch (YamlDocuments.Invalid e) {
      return Result.failed(
          Diagnostic.error(
              "output-shared",
              new SourcePosition(at, e.line()),
              "",
              "is not a YAML file image-catalog can write its section "
                  + file.spec().section()
                  + " into: "
                  + e.getMessage()));
    }
    List<String> lines = Lines.split(text);
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).name().equals(file.spec().section())) {
        int key = keys.get(i).line() - 1;
        int next = i + 1 < keys.size() ? keys.get(i + 1).line() - 1 : lines.size();
        int start = start(lines, key);
        int end = end(lines, key, next);
        String spliced =
            String.join("", lines.subList(0, start))
                + block
                + String.join("", lines.subList(end, lines.size()));
        int shift = Lines.split(block).size() - (end - start);
        int blockEnd = start + Lines.split(block).size();
        // A problem after the section is told at its line in the file as it is now.
        return checked(
            new SharedFile(existing, spliced),
            file,
            at,
            line -> line > blockEnd ? line - shift : line);
      }
    }
    String separator = text.endsWith("\n") ? "\n" : "\n\n";
    return checked(new SharedFile(existing, text + separator + block), file, at, line -> line);
  }

  /** The first line of the block: the nearest generated marker above the key, or the key. */
  private static int start(List<String> lines, int key) {
    for (int i = key - 1; i >= 0 && lines.get(i).startsWith("#"); i--) {
      if (OutputType.YAML.isMarked(lines.get(i))) {
        return i;
      }
    }
    return key;
  }

  /**
   * One past the block's last line: blank lines and unindented comments before the next key stay.
   */
  private static int end(List<String> lines, int key, int next) {
    int end = next;
    while (end > key + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
      end--;
    }
    return end;
  }

  /**
   * @param fileLine the line of the file as it is now that a line of the spliced text stands for
   */
  private static Result<SharedFile> checked(
      SharedFile shared, RenderedFile file, String at, IntUnaryOperator fileLine) {
    List<Diagnostic> problems = MirrorConfig.check(shared.text(), file, at, fileLine);
    return problems.isEmpty() ? Result.success(shared) : Result.failed(problems);
  }
}
