package org.imagecatalog.validate.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.imagecatalog.model.ImageStreamTag;
import org.imagecatalog.model.PullSpec;
import org.imagecatalog.model.Source;

/**
 * The warnings a catalog may acknowledge per tag ({@code acknowledge = [mutable-tag]}): practices
 * that work today and bite later, which a maintainer may still choose with open eyes.
 */
@SuppressWarnings("ImmutableEnumChecker") // stateless method references: nothing can change
enum TagLint {
  /** Docker Hub limits anonymous pulls, so the cluster's imports fail under load. */
  DOCKER_HUB(
      t -> pullSpec(t).filter(TagLint::onDockerHub).isPresent(),
      "the source is on Docker Hub, which limits anonymous pulls: imports fail when the cluster"
          + " hits the limit; mirror the image to quay.io, or acknowledge docker-hub"),
  /** A tag without a version moves: each import may bring another image. */
  MUTABLE_TAG(
      t -> pullSpec(t).filter(TagLint::movable).isPresent(),
      "the source's tag has neither a version nor a digest, so each import may bring another"
          + " image: pin a version or a digest, or acknowledge mutable-tag"),
  /** ci-images-mirror pulls without credentials: a private source cannot reach QCI through it. */
  PRIVATE_MIRROR(
      t -> t.tag().settings().privateSource().value() && t.mirrorSource().isPresent(),
      "private = true, yet mirror = true: ci-images-mirror pulls without credentials, so it cannot"
          + " copy a private image to QCI; set mirror = false, or acknowledge private-mirror"),
  /** A digest never changes, so a scheduled import only costs registry traffic. */
  SCHEDULED_DIGEST(
      t -> t.tag().scheduled() && pullSpec(t).filter(PullSpec::hasDigest).isPresent(),
      "scheduled import of a digest reference, which never changes; set scheduled = false");

  private final Predicate<ImageStreamTag> applies;
  private final String message;

  TagLint(Predicate<ImageStreamTag> applies, String message) {
    this.applies = applies;
    this.message = message;
  }

  /** The diagnostic code, as {@code acknowledge} names it. */
  String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  boolean appliesTo(ImageStreamTag tag) {
    return applies.test(tag);
  }

  String message() {
    return message;
  }

  static Optional<TagLint> byCode(String code) {
    return Arrays.stream(values()).filter(lint -> lint.code().equals(code)).findFirst();
  }

  private static Optional<PullSpec> pullSpec(ImageStreamTag t) {
    return t.tag().from() instanceof Source.DockerImage image
        ? Optional.of(image.pullSpec())
        : Optional.empty();
  }

  private static boolean onDockerHub(PullSpec spec) {
    String registry = spec.registry();
    return registry.isEmpty()
        || registry.equals("docker.io")
        || registry.equals("index.docker.io")
        || registry.equals("registry-1.docker.io")
        || registry.equals("registry.hub.docker.com");
  }

  private static boolean movable(PullSpec spec) {
    return !spec.hasDigest() && spec.tag().chars().noneMatch(Character::isDigit);
  }
}
