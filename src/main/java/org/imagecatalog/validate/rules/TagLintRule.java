package org.imagecatalog.validate.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.Provenance;
import org.imagecatalog.validate.TagRule;

/**
 * The {@link TagLint} warnings, less those a tag acknowledges. An acknowledgement of a code that is
 * not a lint is an error; one of a lint that does not apply to the tag is a warning ({@code
 * stale-acknowledge}), so acknowledgements go when their reason does.
 */
public final class TagLintRule implements TagRule {
  /** The codes a tag may acknowledge. */
  public static final Set<String> CODES =
      Arrays.stream(TagLint.values()).map(TagLint::code).collect(Collectors.toUnmodifiableSet());

  @Override
  public void check(Catalog catalog, ImageStreamTag t, List<Diagnostic> out) {
    for (TagLint lint : TagLint.values()) {
      if (lint.appliesTo(t) && !t.tag().acknowledged().contains(lint.code())) {
        out.add(warning(t, lint));
      }
    }
    for (String code : t.tag().acknowledged()) {
      Optional<TagLint> lint = TagLint.byCode(code);
      if (lint.isEmpty()) {
        out.add(
            Diagnostic.error(
                "acknowledge",
                t.tag().at(),
                t.path(),
                "acknowledges \"" + code + "\", which is not a warning; expected " + codes()));
      } else if (!lint.get().appliesTo(t)) {
        out.add(
            Diagnostic.warning(
                "stale-acknowledge",
                t.tag().at(),
                t.path(),
                "acknowledges " + code + ", which does not apply to this tag: remove it"));
      }
    }
  }

  private static Diagnostic warning(ImageStreamTag t, TagLint lint) {
    var warning = Diagnostic.warning(lint.code(), t.tag().at(), t.path(), lint.message());
    Provenance from = t.tag().settings().scheduled().from();
    return lint == TagLint.SCHEDULED_DIGEST && from.level() != Level.BUILT_IN
        ? warning.withNote(from.at(), "scheduled = true set here (" + from.level().label() + ")")
        : warning;
  }

  private static String codes() {
    return String.join(", ", new TreeSet<>(CODES));
  }
}
