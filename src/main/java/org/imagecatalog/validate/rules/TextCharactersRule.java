package org.imagecatalog.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Namespace;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.validate.Rule;

/**
 * {@code text-characters}: the free texts of a catalog (descriptions, used-by, annotation values)
 * hold printable characters, tabs and line feeds only. Every other code point either cannot be
 * written to Markdown so that it reads back (control characters, lone surrogates, noncharacters),
 * or would make the docs read differently from what they are (the bidirectional overrides of
 * "Trojan Source", the invisible byte order mark). Names, tags and pull specs have grammars of
 * their own that allow even less.
 */
public final class TextCharactersRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    var out = new ArrayList<Diagnostic>();
    for (Namespace namespace : catalog.namespaces()) {
      check(namespace.description(), namespace.at(), CatalogPath.of(namespace), "description", out);
      for (ImageStream stream : namespace.streams()) {
        String path = CatalogPath.of(stream);
        check(stream.description(), stream.at(), path, "description", out);
        stream.usedBy().forEach(user -> check(user, stream.at(), path, "used-by", out));
        values(stream.annotations(), stream.at(), path, out);
        for (TagSpec tag : stream.tags()) {
          values(tag.annotations(), tag.at(), CatalogPath.of(stream, tag), out);
        }
      }
    }
    return out;
  }

  private static void values(
      Map<String, String> annotations, SourcePosition at, String path, List<Diagnostic> out) {
    annotations.forEach(
        (key, value) ->
            check(
                value, at, CatalogPath.join(CatalogPath.join(path, "annotations"), key), "", out));
  }

  private static void check(
      String text, SourcePosition at, String path, String field, List<Diagnostic> out) {
    problem(text)
        .ifPresent(
            problem ->
                out.add(
                    Diagnostic.error(
                        "text-characters",
                        at,
                        field.isEmpty() ? path : CatalogPath.join(path, field),
                        problem
                            + ": a catalog's texts hold printable characters, tabs and line"
                            + " feeds only")));
  }

  /** What is wrong with the text's first refused code point, or empty when there is none. */
  public static Optional<String> problem(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      Optional<String> kind = refused(c);
      if (kind.isPresent()) {
        return Optional.of(String.format("U+%04X at character %d is %s", c, i + 1, kind.get()));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  private static Optional<String> refused(int c) {
    if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f)) {
      return Optional.of("a control character");
    }
    if (Character.isSurrogate((char) c) && c <= 0xffff) {
      return Optional.of("half of a surrogate pair, not a character");
    }
    if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe) {
      return Optional.of("a noncharacter");
    }
    if ((c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c) {
      return Optional.of("a bidirectional control, which makes text read as it is not");
    }
    if (c == 0xfeff) {
      return Optional.of("a byte order mark, invisible");
    }
    return Optional.empty();
  }
}
