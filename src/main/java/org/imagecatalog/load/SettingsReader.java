package org.imagecatalog.load;

import java.util.Optional;
import java.util.Set;
import org.imagecatalog.model.ImportMode;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.Provenance;
import org.imagecatalog.model.ReferencePolicy;
import org.imagecatalog.model.Setting;
import org.imagecatalog.model.TagSettings;
import org.imagecatalog.model.WireValue;

/** Reads the cascading settings written at one level and lays them over the level below. */
final class SettingsReader {
  static final Set<String> KEYS =
      Set.of(
          "scheduled",
          "reference-policy",
          "import-mode",
          "insecure",
          "private",
          "imagestream",
          "mirror");

  private SettingsReader() {}

  static TagSettings cascade(TagSettings below, Node node, Level level) {
    return new TagSettings(
        override(below.scheduled(), node.bool("scheduled"), node, "scheduled", level),
        override(
            below.referencePolicy(),
            choice(node, "reference-policy", ReferencePolicy.class),
            node,
            "reference-policy",
            level),
        override(
            below.importMode(),
            choice(node, "import-mode", ImportMode.class),
            node,
            "import-mode",
            level),
        override(below.insecure(), node.bool("insecure"), node, "insecure", level),
        override(below.privateSource(), node.bool("private"), node, "private", level),
        override(below.imageStream(), node.bool("imagestream"), node, "imagestream", level),
        override(below.mirror(), node.bool("mirror"), node, "mirror", level));
  }

  private static <T> Setting<T> override(
      Setting<T> below, Optional<T> written, Node node, String key, Level level) {
    return written
        .map(value -> new Setting<>(value, new Provenance(level, node.at(key))))
        .orElse(below);
  }

  private static <E extends Enum<E> & WireValue> Optional<E> choice(
      Node node, String key, Class<E> type) {
    return node.string(key)
        .flatMap(
            text -> {
              Optional<E> parsed = WireValue.parse(type, text);
              if (parsed.isEmpty()) {
                node.diagnostics()
                    .error(
                        "unknown-" + key,
                        node.at(key),
                        node.pathOf(key),
                        "unknown "
                            + key
                            + " \""
                            + text
                            + "\"; expected "
                            + WireValue.choices(type));
              }
              return parsed;
            });
  }
}
