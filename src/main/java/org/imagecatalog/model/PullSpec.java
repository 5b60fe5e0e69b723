package org.imagecatalog.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An external image reference, {@code [registry/]path[:tag][@digest]}, checked against the grammar
 * of {@code distribution/reference}.
 *
 * @param registry the registry host and port; empty when the reference names none (Docker Hub)
 * @param path the repository path inside the registry
 * @param tag the tag; empty when absent
 * @param digest the digest; empty when absent
 */
public record PullSpec(String registry, String path, String tag, String digest) {
  /** Repository names longer than this are refused; applied to registry and path together. */
  public static final int MAX_NAME_LENGTH = 255;

  /**
   * The digests the API server accepts: go-digest's registered algorithms, each with exactly its
   * length of lower-case hex ({@code digest.Parse} in the reference parser library-go uses).
   */
  private static final Map<String, Integer> DIGEST_HEX =
      Map.of("sha256", 64, "sha384", 96, "sha512", 128);

  private static final int MAX_TAG_LENGTH = 128;

  /** Why a text is not a pull spec; the message names the broken part. */
  public static final class InvalidPullSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidPullSpecException(String message) {
      super(message);
    }
  }

  /**
   * Parses by hand rather than with one large regular expression: a catalog holds up to hundreds of
   * thousands of pull specs, and the path and tag rules are simple loops.
   */
  public static PullSpec parse(String text) throws InvalidPullSpecException {
    if (text.isBlank()) {
      throw new InvalidPullSpecException("pull spec is empty");
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        throw new InvalidPullSpecException("pull spec contains white space");
      }
    }
    int at = text.indexOf('@');
    String nameAndTag = at < 0 ? text : text.substring(0, at);
    String digest = at < 0 ? "" : text.substring(at + 1);
    int colon = nameAndTag.indexOf(':', nameAndTag.lastIndexOf('/') + 1);
    String name = colon < 0 ? nameAndTag : nameAndTag.substring(0, colon);
    String tag = colon < 0 ? "" : nameAndTag.substring(colon + 1);
    int slash = name.indexOf('/');
    String first = slash < 0 ? "" : name.substring(0, slash);
    boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
    String registry = hasRegistry ? first : "";
    String path = hasRegistry ? name.substring(slash + 1) : name;
    check(registry, path, tag, digest, colon >= 0, at >= 0);
    return new PullSpec(registry, path, tag, digest);
  }

  private static void check(
      String registry, String path, String tag, String digest, boolean hasTag, boolean hasDigest)
      throws InvalidPullSpecException {
    if (registry.startsWith("[")) {
      throw new InvalidPullSpecException(
          "registry \""
              + registry
              + "\" is an IPv6 address, which the API server's reference"
              + " grammar does not take; use a host name");
    }
    if (!registry.isEmpty() && !isRegistry(registry)) {
      throw new InvalidPullSpecException("invalid registry \"" + registry + "\"");
    }
    if (path.isEmpty()) {
      throw new InvalidPullSpecException("repository name must have at least one component");
    }
    if (!isPath(path)) {
      throw new InvalidPullSpecException(
          isPath(path.toLowerCase(Locale.ROOT))
              ? "repository name must be lowercase"
              : "invalid repository path \"" + path + "\"");
    }
    if (hasTag && !isTag(tag)) {
      throw new InvalidPullSpecException("invalid tag \"" + tag + "\"");
    }
    if (hasDigest) {
      checkDigest(digest);
    }
    int nameLength = registry.isEmpty() ? path.length() : registry.length() + 1 + path.length();
    if (nameLength > MAX_NAME_LENGTH) {
      throw new InvalidPullSpecException(
          "repository name must not be more than " + MAX_NAME_LENGTH + " characters");
    }
  }

  /** What is wrong with a digest ({@code algorithm:hex}) by the pull-spec rule; empty if valid. */
  public static Optional<String> digestProblem(String digest) {
    try {
      checkDigest(digest);
      return Optional.empty();
    } catch (InvalidPullSpecException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static void checkDigest(String digest) throws InvalidPullSpecException {
    int colon = digest.indexOf(':');
    Integer length = colon < 0 ? null : DIGEST_HEX.get(digest.substring(0, colon));
    if (length == null) {
      throw new InvalidPullSpecException(
          "invalid digest \"" + digest + "\": the algorithm must be sha256, sha384 or sha512");
    }
    String hex = digest.substring(colon + 1);
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        throw new InvalidPullSpecException(
            "invalid digest \"" + digest + "\": lower-case hexadecimal digits only");
      }
    }
    if (hex.length() != length) {
      throw new InvalidPullSpecException(
          "invalid digest \""
              + digest
              + "\": "
              + digest.substring(0, colon)
              + " has exactly "
              + length
              + " hexadecimal digits, not "
              + hex.length());
    }
  }

  /**
   * A host name with an optional {@code :port}; the reference grammar the API server parses with
   * (library-go's copy of the old Docker one) has no IPv6 addresses.
   */
  private static boolean isRegistry(String registry) {
    int colon = registry.indexOf(':');
    int hostEnd = colon < 0 ? registry.length() : colon;
    if (colon >= 0 && !isPort(registry, colon + 1)) {
      return false;
    }
    for (int start = 0; ; ) {
      int dot = registry.indexOf('.', start);
      int end = dot < 0 || dot > hostEnd ? hostEnd : dot;
      if (!isHostLabel(registry, start, end)) {
        return false;
      }
      if (end == hostEnd) {
        return true;
      }
      start = end + 1;
    }
  }

  private static boolean isPort(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return from < s.length();
  }

  /** {@code [A-Za-z0-9-]+}, neither starting nor ending with '-'. */
  private static boolean isHostLabel(String s, int from, int to) {
    if (from == to || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if ((!isWord(c) && c != '-') || c == '_') {
        return false;
      }
    }
    return true;
  }

  /** {@code component(/component)*}, each {@code [a-z0-9]+} joined by '.', '_', '__' or '-'+. */
  private static boolean isPath(String path) {
    int start = 0;
    for (int end = path.indexOf('/'); ; end = path.indexOf('/', start)) {
      if (!isComponent(path, start, end < 0 ? path.length() : end)) {
        return false;
      }
      if (end < 0) {
        return true;
      }
      start = end + 1;
    }
  }

  private static boolean isComponent(String s, int from, int to) {
    int i = from;
    while (true) {
      int run = i;
      while (i < to && isAlphanumeric(s.charAt(i))) {
        i++;
      }
      if (i == run) {
        return false; // empty run: at the start, or after a separator
      }
      if (i == to) {
        return true;
      }
      char c = s.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '_') {
        i += i + 1 < to && s.charAt(i + 1) == '_' ? 2 : 1;
      } else if (c == '-') {
        while (i < to && s.charAt(i) == '-') {
          i++;
        }
      } else {
        return false;
      }
    }
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * The Docker tag grammar, {@code [\w][\w.-]{0,127}}: for a pull spec's tag, and for the tag names
   * of image streams, which follow the same rule.
   */
  public static boolean isTag(String tag) {
    if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH || !isWord(tag.charAt(0))) {
      return false;
    }
    for (int i = 1; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (!isWord(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
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
