package org.imagecatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PullSpecTest {
  static final String SHA256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  static final String SHA384 = SHA256 + "0123456789abcdef0123456789abcdef";

  @ParameterizedTest
  @CsvSource({
    "gcr.io/k8s-staging-boskos/boskos:latest, gcr.io, k8s-staging-boskos/boskos, latest, ''",
    "localhost:5000/a/b:1.0, localhost:5000, a/b, 1.0, ''",
    "localhost/a, localhost, a, '', ''",
    "library/alpine:3.10, '', library/alpine, 3.10, ''",
    "alpine, '', alpine, '', ''",
    "Quay.IO/a__b/c-d---e.f:T_1, Quay.IO, a__b/c-d---e.f, T_1, ''",
    "q.io/a@sha256:" + SHA256 + ", q.io, a, '', sha256:" + SHA256,
    "q.io/a:t@sha384:" + SHA384 + ", q.io, a, t, sha384:" + SHA384,
  })
  void validReferencesSplitIntoTheirParts(
      String text, String registry, String path, String tag, String digest) throws Exception {
    PullSpec spec = PullSpec.parse(text);
    assertEquals(new PullSpec(registry, path, tag, digest), spec);
    assertEquals(text, spec.toString(), "a pull spec prints as written");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "quay.io/a b:c",
        " quay.io/a:b",
        "quay.io/A:b",
        "gcr.io//boskos",
        "quay.io/a:",
        "quay.io/a:-x",
        "quay.io/a:.x",
        "quay.io/a@sha256:abc",
        "quay.io/a@:0123456789abcdef0123456789abcdef",
        "quay.io/a/",
        "quay.io/a:b:c",
        "quay.io/a_-b",
        "-quay.io/a",
        "quay-.io/a",
        "quay..io/a",
        "qu_ay.io/a",
        "quäy.io/a",
        "localhost:/a",
        "localhost:5x/a",
        "quay.io:5000:1/a",
        "quay.io/a@sha256:0123456789abcdef0123456789abcdef@sha256:0123456789abcdef0123456789abcdef",
        "[::1]:5000/a:b",
        "quay.io/a@sha256:0123456789abcdef0123456789abcdef",
        "quay.io/a@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
        "quay.io/a@sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
        "quay.io/a@md5:0123456789abcdef0123456789abcdef",
        "quay.io/a@sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      })
  void invalidReferencesAreRefused(String text) {
    assertThrows(PullSpec.InvalidPullSpecException.class, () -> PullSpec.parse(text));
  }

  @org.junit.jupiter.api.Test
  void theNameLimitCountsTheRegistry() throws Exception {
    String path = "a".repeat(255 - "quay.io/".length());
    assertEquals(path, PullSpec.parse("quay.io/" + path + ":x").path());
    var tooLong =
        assertThrows(
            PullSpec.InvalidPullSpecException.class,
            () -> PullSpec.parse("quay.io/" + path + "a:x"));
    assertTrue(tooLong.getMessage().contains("255"));
  }

  @org.junit.jupiter.api.Test
  void tagsMayBe128CharactersLong() throws Exception {
    assertEquals("t".repeat(128), PullSpec.parse("q.io/a:" + "t".repeat(128)).tag());
    assertThrows(
        PullSpec.InvalidPullSpecException.class, () -> PullSpec.parse("q.io/a:" + "t".repeat(129)));
  }
}
