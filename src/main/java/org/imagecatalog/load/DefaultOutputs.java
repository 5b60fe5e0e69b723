package org.imagecatalog.load;

import java.util.List;
import org.imagecatalog.diag.SourcePosition;
import org.imagecatalog.model.OutputSpec;
import org.imagecatalog.model.OutputSpec.Scope;

/** The outputs a catalog gets when it has no {@code outputs} key. */
final class DefaultOutputs {
  static final List<OutputSpec> ALL =
      List.of(
          new OutputSpec(
              "imagestreams.yaml.mustache",
              "imagestreams/{{namespace}}.yaml",
              Scope.NAMESPACE,
              "",
              SourcePosition.NONE),
          new OutputSpec(
              "namespace.md.mustache",
              "docs/{{namespace}}.md",
              Scope.NAMESPACE,
              "",
              SourcePosition.NONE),
          new OutputSpec(
              "index.md.mustache", "docs/README.md", Scope.CATALOG, "", SourcePosition.NONE));

  private DefaultOutputs() {}
}
