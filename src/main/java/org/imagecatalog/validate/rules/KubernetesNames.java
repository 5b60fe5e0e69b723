package org.imagecatalog.validate.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.imagecatalog.model.PullSpec;

/**
 * The naming rules of Kubernetes and OpenShift, with their messages. Each check returns what is
 * wrong, or empty when the name is valid.
 */
final class KubernetesNames {
  static final int LABEL_MAX = 63;
  static final int REPOSITORY_NAME_MAX = 255;
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern STREAM_NAME = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

  private KubernetesNames() {}

  static Optional<String> namespace(String name) {
    if (name.length() > LABEL_MAX) {
      return Optional.of("must be no more than " + LABEL_MAX + " characters");
    }
    if (!DNS1123_LABEL.matcher(name).matches()) {
      return Optional.of(
          "must be a DNS-1123 label: lower case letters, digits and '-', starting and ending with"
              + " a letter or digit");
    }
    return Optional.empty();
  }

  static Optional<String> imageStream(String namespace, String name) {
    if (name.equals(".") || name.equals("..")) {
      return Optional.of("may not be '" + name + "'");
    }
    if (!STREAM_NAME.matcher(name).matches()) {
      return Optional.of(
          "must match \"[a-z0-9]+(?:[._-][a-z0-9]+)*\": lower case letters and digits, with"
              + " single '.', '_' or '-' between them");
    }
    if ((namespace + "/" + name).length() > REPOSITORY_NAME_MAX) {
      return Optional.of(
          "'namespace/name' cannot be longer than " + REPOSITORY_NAME_MAX + " characters");
    }
    return Optional.empty();
  }

  static Optional<String> tag(String name) {
    return PullSpec.isTag(name)
        ? Optional.empty()
        : Optional.of(
            "must match \"[\\w][\\w.-]{0,127}\": letters, digits, '_', '.' and '-', not starting"
                + " with '.' or '-', at most 128 characters (the API server stores any tag name,"
                + " but no registry takes another, so its import and QCI mirror would fail)");
  }

  /** Annotation and label keys: an optional DNS-1123 subdomain prefix and '/', then a name. */
  static Optional<String> qualifiedName(String key) {
    String[] parts = key.split("/", -1);
    if (parts.length > 2) {
      return Optional.of("may contain at most one '/'");
    }
    String name = parts[parts.length - 1];
    if (parts.length == 2) {
      String prefix = parts[0];
      if (prefix.isEmpty()) {
        return Optional.of("prefix part must be non-empty");
      }
      if (prefix.length() > 253 || !DNS1123_SUBDOMAIN.matcher(prefix).matches()) {
        return Optional.of("prefix part must be a DNS-1123 subdomain of at most 253 characters");
      }
    }
    if (name.length() > LABEL_MAX || !QUALIFIED_NAME.matcher(name).matches()) {
      return Optional.of(
          "name part must consist of alphanumeric characters, '-', '_' or '.', start and end"
              + " with an alphanumeric character, and be at most "
              + LABEL_MAX
              + " characters");
    }
    return Optional.empty();
  }

  static Optional<String> labelValue(String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return value.length() <= LABEL_MAX && QUALIFIED_NAME.matcher(value).matches()
        ? Optional.empty()
        : Optional.of(
            "a label value must be at most "
                + LABEL_MAX
                + " characters of alphanumerics, '-',"
                + " '_' or '.', starting and ending with an alphanumeric");
  }
}
