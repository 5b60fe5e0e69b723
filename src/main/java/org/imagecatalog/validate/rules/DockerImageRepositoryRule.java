package org.imagecatalog.validate.rules;

import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.PullSpec;
import org.imagecatalog.validate.StreamRule;

/**
 * {@code docker-image-repository}: OpenShift's deprecated {@code spec.dockerImageRepository}. It
 * must name a repository without tag or digest, as the API server requires, and is reported as
 * deprecated (warning): listing the tags to import says what jobs get.
 */
public final class DockerImageRepositoryRule implements StreamRule {
  @Override
  public void check(ImageStream stream, List<Diagnostic> out) {
    if (!stream.dockerImageRepository().isEmpty()) {
      out.add(diagnostic(stream));
    }
  }

  private static Diagnostic diagnostic(ImageStream stream) {
    String path = CatalogPath.join(CatalogPath.of(stream), "docker-image-repository");
    String repository = stream.dockerImageRepository();
    try {
      PullSpec spec = PullSpec.parse(repository);
      if (!spec.tag().isEmpty() || spec.hasDigest()) {
        return Diagnostic.error(
            "docker-image-repository",
            stream.at(),
            path,
            "\"" + repository + "\" may not contain a tag or a digest");
      }
    } catch (PullSpec.InvalidPullSpecException e) {
      return Diagnostic.error(
          "docker-image-repository",
          stream.at(),
          path,
          "invalid repository \"" + repository + "\": " + e.getMessage());
    }
    return Diagnostic.warning(
        "docker-image-repository",
        stream.at(),
        path,
        "docker-image-repository is deprecated since OpenShift 3.7: it imports every tag of \""
            + repository
            + "\"; list the tags jobs use instead");
  }
}
