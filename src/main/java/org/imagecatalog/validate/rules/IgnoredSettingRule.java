package org.imagecatalog.validate.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.Setting;
import org.imagecatalog.model.TagSettings;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.validate.StreamRule;

/**
 * {@code ignored-setting} (warning): an import setting written on a stream none of whose tags
 * imports applies nowhere; the cluster would ignore it.
 */
public final class IgnoredSettingRule implements StreamRule {
  /** Import settings written on a stream whose tags all import nothing. */
  @Override
  public void check(ImageStream stream, List<Diagnostic> out) {
    if (stream.tags().isEmpty() || stream.tags().stream().anyMatch(TagSpec::imports)) {
      return;
    }
    Map<String, Function<TagSettings, Setting<?>>> settings =
        Map.of(
            "scheduled", TagSettings::scheduled,
            "import-mode", TagSettings::importMode,
            "insecure", TagSettings::insecure);
    settings.forEach(
        (key, setting) ->
            stream.tags().stream()
                .map(tag -> setting.apply(tag.settings()).from())
                .filter(from -> from.level() == Level.STREAM)
                .findFirst()
                .ifPresent(
                    from ->
                        out.add(
                            Diagnostic.warning(
                                "ignored-setting",
                                from.at(),
                                CatalogPath.join(CatalogPath.of(stream), key),
                                key
                                    + " applies to none of this stream's tags, since none imports"
                                    + " an external image: the cluster would ignore it; remove"
                                    + " it"))));
  }
}
