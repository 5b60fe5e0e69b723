package org.imagecatalog.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.model.Catalog;
import org.imagecatalog.model.CatalogPath;
import org.imagecatalog.model.ImageStream;
import org.imagecatalog.model.PullSpec;
import org.imagecatalog.validate.Rule;

/**
 * {@code docker-image-repository}: OpenShift's deprecated {@code spec.dockerImageRepository}. It
 * must name a repository without tag or digest, as the API server requires, and is reported as
 * deprecated (warning): listing the tags to import says what jobs get.
 */
public final class DockerImageRepositoryRule implements Rule {
  @Override
  public List<Diagnostic> check(Catalog catalog) {
    var out = new ArrayList<Diagnostic>();
    catalog
        .streams()
        .filter(stream -> !stream.dockerImageRepository().isEmpty())
        .forEach(stream -> out.add(check(stream)));
    return out;
  }

  private static Diagnostic check(ImageStream stream) {
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
