package org.imagecatalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.imagecatalog.diag.Diagnostics;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.ImportMode;
import org.imagecatalog.model.Level;
import org.imagecatalog.model.Provenance;
import org.imagecatalog.model.PullSpec;
import org.imagecatalog.model.ReferencePolicy;
import org.imagecatalog.model.Setting;
import org.imagecatalog.model.Source;
import org.imagecatalog.model.TagSettings;
import org.imagecatalog.model.TagSpec;
import org.imagecatalog.model.WireValue;

/**
 * One ImageStream manifest into the model. A field left out takes OpenShift's default: not
 * scheduled, reference policy Source; an import mode left out stays left out (cluster-default),
 * since the cluster decides it. Its tags go to the cluster and, until a mapping file names them
 * too, not to the mirror. A manifest without a namespace takes the one import is given, as {@code
 * oc apply -n} does.
 */
final class ImageStreamImporter {
  private static final Set<String> SERVER_SET_METADATA =
      Set.of(
          "creationTimestamp", "resourceVersion", "uid", "selfLink", "generation", "managedFields");
  private static final Set<String> INEXPRESSIBLE_METADATA =
      Set.of(
          "generateName",
          "finalizers",
          "ownerReferences",
          "deletionTimestamp",
          "deletionGracePeriodSeconds");

  private final Document document;
  private final Optional<String> defaultNamespace;
  private final Diagnostics diagnostics;

  /**
   * @param defaultNamespace the namespace of a manifest that names none; empty for none
   */
  ImageStreamImporter(
      Document document, Optional<String> defaultNamespace, Diagnostics diagnostics) {
    this.document = document;
    this.defaultNamespace = defaultNamespace;
    this.diagnostics = diagnostics;
  }

  Optional<ImageStream> convert() {
    Fields root = document.fields(diagnostics);
    root.check(Set.of("apiVersion", "kind", "metadata", "spec"), Set.of("status"), Set.of());
    Fields metadata = root.child("metadata");
    metadata.check(
        Set.of("name", "namespace", "annotations", "labels"),
        SERVER_SET_METADATA,
        INEXPRESSIBLE_METADATA);
    Optional<String> name = metadata.text("name");
    Optional<String> namespace = metadata.text("namespace").or(() -> defaultNamespace);
    Fields spec = root.child("spec");
    spec.check(Set.of("tags", "lookupPolicy", "dockerImageRepository"), Set.of(), Set.of());
    Fields lookupPolicy = spec.child("lookupPolicy");
    lookupPolicy.check(Set.of("local"), Set.of(), Set.of());
    List<TagSpec> tags = tags(spec.child("tags"));
    String repository = spec.text("dockerImageRepository").orElse("");
    boolean buildTarget = tags.isEmpty() && repository.isEmpty();
    if (buildTarget && namespace.isEmpty()) {
      diagnostics.add(
          Importer.skipped(
              document.at(),
              "ImageStream "
                  + name.orElse("")
                  + ": a build target without metadata.namespace, which a catalog needs (give"
                  + " it with --namespace, as oc apply -n would)"));
      return Optional.empty();
    }
    if (name.isEmpty() || namespace.isEmpty()) {
      diagnostics.error(
          "import-imagestream",
          document.at(),
          "metadata",
          namespace.isEmpty()
              ? "an ImageStream needs metadata.namespace: this one is applied with oc apply -n;"
                  + " say which namespace with --namespace"
              : "an ImageStream needs metadata.name");
      return Optional.empty();
    }
    SortedMap<String, String> annotations = metadata.stringMap("annotations");
    String description =
        Optional.ofNullable(annotations.remove(ImageStream.DESCRIPTION_ANNOTATION)).orElse("");
    return Optional.of(
        new ImageStream(
            namespace.get(),
            name.get(),
            document.at(),
            description,
            List.of(),
            annotations,
            metadata.stringMap("labels"),
            lookupPolicy.bool("local").orElse(false),
            repository,
            buildTarget,
            tags));
  }

  private List<TagSpec> tags(Fields tags) {
    var out = new ArrayList<TagSpec>();
    for (int i = 0; i < tags.size(); i++) {
      tag(tags.item(i)).ifPresent(out::add);
    }
    return out;
  }

  private Optional<TagSpec> tag(Fields tag) {
    tag.check(
        Set.of("name", "annotations", "from", "importPolicy", "referencePolicy", "reference"),
        Set.of("generation"),
        Set.of());
    Optional<String> name = tag.text("name");
    if (name.isEmpty()) {
      tag.error("name", "a tag needs a name");
      return Optional.empty();
    }
    boolean reference = tag.bool("reference").orElse(false);
    boolean built = !tag.has("from");
    Optional<Source> from =
        built ? Optional.of(new Source.BuildTarget()) : source(tag.child("from"));
    Provenance here = new Provenance(Level.TAG, tag.at());
    Fields importPolicy = tag.child("importPolicy");
    importPolicy.check(Set.of("scheduled", "insecure", "importMode"), Set.of(), Set.of());
    Fields referencePolicy = tag.child("referencePolicy");
    referencePolicy.check(Set.of("type"), Set.of(), Set.of());
    var settings =
        new TagSettings(
            new Setting<>(importPolicy.bool("scheduled").orElse(false), here),
            new Setting<>(
                choice(referencePolicy, "type", ReferencePolicy.class, ReferencePolicy.SOURCE),
                here),
            new Setting<>(
                choice(importPolicy, "importMode", ImportMode.class, ImportMode.CLUSTER_DEFAULT),
                here),
            new Setting<>(importPolicy.bool("insecure").orElse(false), here),
            Setting.builtIn(false),
            new Setting<>(true, here),
            new Setting<>(false, here));
    if (from.isPresent()
        && (from.get() instanceof Source.StreamTag || from.get() instanceof Source.StreamImage)
        && settings.scheduled().value()) {
      importPolicy.error(
          "scheduled", "OpenShift refuses scheduled imports of an ImageStreamTag or Image");
    } else if (from.isPresent()
        && !(from.get() instanceof Source.DockerImage && !reference)
        && importPolicy.size() > 0) {
      diagnostics.warning(
          "import-ignored",
          importPolicy.at(),
          importPolicy.path(),
          "ignored: the cluster imports nothing for this tag, so its import policy does not"
              + " apply");
    }
    return from.map(
        f ->
            new TagSpec(
                name.get(), tag.at(), f, reference, settings, tag.stringMap("annotations")));
  }

  private Optional<Source> source(Fields from) {
    from.check(Set.of("kind", "name", "namespace"), Set.of(), Set.of());
    String kind = from.text("kind").orElse("");
    Optional<String> name = from.text("name");
    if (name.isEmpty()) {
      from.error("name", "from needs a name");
      return Optional.empty();
    }
    switch (kind) {
      case "DockerImage" -> {
        if (from.names().contains("namespace")) {
          from.error(
              "namespace", "a DockerImage source has no namespace; the catalog cannot keep it");
        }
        try {
          return Optional.of(new Source.DockerImage(PullSpec.parse(name.get())));
        } catch (PullSpec.InvalidPullSpecException e) {
          from.error("name", "invalid pull spec \"" + name.get() + "\": " + e.getMessage());
          return Optional.empty();
        }
      }
      case "ImageStreamTag" -> {
        String[] parts = name.get().split(":", -1);
        if (parts.length > 2 || parts[parts.length - 1].isEmpty()) {
          from.error("name", "must be of the form <tag> or <stream>:<tag>");
          return Optional.empty();
        }
        return Optional.of(
            new Source.StreamTag(
                from.text("namespace").orElse(""),
                parts.length == 2 ? parts[0] : "",
                parts[parts.length - 1]));
      }
      case "ImageStreamImage" -> {
        String[] parts = name.get().split("@", -1);
        Optional<String> problem =
            parts.length == 2 && !parts[0].isEmpty()
                ? PullSpec.digestProblem(parts[1])
                : Optional.of("must be of the form <stream>@<digest>");
        problem.ifPresent(p -> from.error("name", p));
        return problem.isPresent()
            ? Optional.empty()
            : Optional.of(
                new Source.StreamImage(from.text("namespace").orElse(""), parts[0], parts[1]));
      }
      default -> {
        from.error(
            "kind",
            "kind \""
                + kind
                + "\" is not one OpenShift accepts: DockerImage, ImageStreamTag or"
                + " ImageStreamImage");
        return Optional.empty();
      }
    }
  }

  private static <E extends Enum<E> & WireValue> E choice(
      Fields fields, String field, Class<E> type, E absent) {
    String text = fields.text(field).orElse("");
    if (text.isEmpty()) {
      return absent;
    }
    return WireValue.parse(type, text)
        .orElseGet(
            () -> {
              fields.error(
                  field, "unknown value \"" + text + "\"; expected " + WireValue.choices(type));
              return absent;
            });
  }
}
