package org.imagecatalog.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;

/** Turns the library's exceptions into diagnostics that name the file and line once. */
final class ConfigErrors {
  private ConfigErrors() {}

  static Diagnostic toDiagnostic(ConfigException e, String file, String text) {
    SourcePosition at = Origins.position(e.origin(), file);
    if (e instanceof HermeticIncluder.RefusedInclude refused) {
      return Diagnostic.error("include", refused.at(), "", refused.getMessage());
    }
    String message = withoutOrigin(e);
    if (e instanceof ConfigException.UnresolvedSubstitution) {
      return Diagnostic.error(
          message.contains("cycle") ? "substitution-cycle" : "undefined-substitution",
          at,
          "",
          message.contains("cycle")
              ? message
              : message
                  + "; catalogs never read environment variables or system properties, define"
                  + " the value in the catalog");
    }
    if (message.contains("cycle in your includes")) {
      // The library's message goes on with every file of the cycle, fifty times over.
      return Diagnostic.error(
          "include", at, "", "the includes form a cycle: a file includes itself, through others");
    }
    if (e instanceof ConfigException.Parse || e instanceof ConfigException.BadPath) {
      return Diagnostic.error(
          "hocon-syntax",
          at,
          "",
          message.contains("end of file")
              ? "the file ends inside an object or a list: a closing '}' or ']' is missing"
              : message);
    }
    return Diagnostic.error("hocon", at, "", message);
  }

  /** The library prefixes messages with the origin; we print the origin ourselves. */
  private static String withoutOrigin(ConfigException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    ConfigOrigin origin = e.origin();
    if (origin != null && message.startsWith(origin.description() + ": ")) {
      message = message.substring(origin.description().length() + 2);
    }
    return message;
  }
}
