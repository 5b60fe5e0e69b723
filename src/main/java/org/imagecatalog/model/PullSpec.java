package org.imagecatalog.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external image reference, {@code [registry/]path[:tag][@digest]}, checked against the
 * grammar of {@code distribution/reference}.
 *
 * @param registry the registry host and port; empty when the reference names none (Docker Hub)
 * @param path the repository path inside the registry
 * @param tag the tag; empty when absent
 * @param digest the digest; empty when absent
 */
public record PullSpec(String registry, String path, String tag, String digest) {
  /** Repository names longer than this are refused; applied to registry and path together. */
  public static final int MAX_NAME_LENGTH = 255;

  private static final String ALPHANUMERIC = "[a-z0-9]+";
  private static final String SEPARATOR = "(?:[._]|__|[-]+)";
  private static final String PATH_COMPONENT = ALPHANUMERIC + "(?:" + SEPARATOR + ALPHANUMERIC + ")*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN =
      "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?";
  private static final Pattern REGISTRY = Pattern.compile(DOMAIN);
  private static final Pattern PATH = Pattern.compile(PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
  private static final Pattern SHAPE = Pattern.compile("^([^@]*?)(?::([^:/@]*))?(?:@(.*))?$");

  /** Why a text is not a pull spec; the message names the broken part. */
  public static final class InvalidPullSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidPullSpecException(String message) {
      super(message);
    }
  }

  public static PullSpec parse(String text) throws InvalidPullSpecException {
    if (text.isBlank()) {
      throw new InvalidPullSpecException("pull spec is empty");
    }
    if (!text.equals(text.strip()) || text.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidPullSpecException("pull spec contains white space");
    }
    Matcher shape = SHAPE.matcher(text);
    if (!shape.matches()) {
      throw new InvalidPullSpecException("invalid reference format");
    }
    String name = shape.group(1);
    String tag = Optional.ofNullable(shape.group(2)).orElse("");
    String digest = Optional.ofNullable(shape.group(3)).orElse("");
    int slash = name.indexOf('/');
    String first = slash < 0 ? "" : name.substring(0, slash);
    boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
    String registry = hasRegistry ? first : "";
    String path = hasRegistry ? name.substring(slash + 1) : name;
    check(registry, path, tag, digest, shape.group(2) != null, shape.group(3) != null);
    return new PullSpec(registry, path, tag, digest);
  }

  private static void check(
      String registry, String path, String tag, String digest, boolean hasTag, boolean hasDigest)
      throws InvalidPullSpecException {
    if (!registry.isEmpty() && !REGISTRY.matcher(registry).matches()) {
      throw new InvalidPullSpecException("invalid registry \"" + registry + "\"");
    }
    if (path.isEmpty()) {
      throw new InvalidPullSpecException("repository name must have at least one component");
    }
    if (!PATH.matcher(path).matches()) {
      throw new InvalidPullSpecException(
          PATH.matcher(path.toLowerCase(Locale.ROOT)).matches()
              ? "repository name must be lowercase"
              : "invalid repository path \"" + path + "\"");
    }
    if (hasTag && !TAG.matcher(tag).matches()) {
      throw new InvalidPullSpecException("invalid tag \"" + tag + "\"");
    }
    if (hasDigest && !DIGEST.matcher(digest).matches()) {
      throw new InvalidPullSpecException("invalid digest \"" + digest + "\"");
    }
    int nameLength = registry.isEmpty() ? path.length() : registry.length() + 1 + path.length();
    if (nameLength > MAX_NAME_LENGTH) {
      throw new InvalidPullSpecException(
          "repository name must not be more than " + MAX_NAME_LENGTH + " characters");
    }
  }

  public boolean hasDigest() {
    return !digest.isEmpty();
  }

  /** The reference as written: registry, path, then {@code :tag} and {@code @digest} if present. */
  @Override
  public String toString() {
    var text = new StringBuilder();
    if (!registry.isEmpty()) {
      text.append(registry).append('/');
    }
    text.append(path);
    if (!tag.isEmpty()) {
      text.append(':').append(tag);
    }
    if (!digest.isEmpty()) {
      text.append('@').append(digest);
    }
    return text.toString();
  }
}
