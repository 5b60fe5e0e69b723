package org.imagecatalog.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The name rules against the API server's own cases: Kubernetes' DNS-1123 label table
 * (apimachinery's {@code TestIsDNS1123Label}) for namespaces, openshift-apiserver's image stream
 * name rule, and the Docker tag grammar, which the API does not check but an import does.
 */
class KubernetesNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "abc", "a1", "a-1", "a--1--2--b", "0", "01", "012", "1a"})
  void namespacesTheApiAccepts(String name) {
    assertEquals(Optional.empty(), KubernetesNames.namespace(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a",
        "a_b", "1_", "_1", "1_2", ".", "a.", ".a", "a.b", "1.", ".1", "1.2", " ", "a ", " a", "a b"
      })
  void namespacesTheApiRefuses(String name) {
    assertTrue(KubernetesNames.namespace(name).isPresent(), name);
  }

  @Test
  void aNamespaceHasAtMost63Characters() {
    assertEquals(Optional.empty(), KubernetesNames.namespace("a".repeat(63)));
    assertEquals(
        Optional.of("must be no more than 63 characters"),
        KubernetesNames.namespace("a".repeat(64)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "abc", "a.b", "a_b", "a-b", "a1.b2_c3-d4", "0"})
  void streamNamesTheApiAccepts(String name) {
    assertEquals(Optional.empty(), KubernetesNames.imageStream("ci", name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", ".", "..", "A", "a/b", "a%b", "a..b", "a__b", "a-", "-a", ".a", "a b", "a:b"})
  void streamNamesTheApiRefuses(String name) {
    assertTrue(KubernetesNames.imageStream("ci", name).isPresent(), name);
  }

  @Test
  void namespaceAndNameTogetherHaveAtMost255Characters() {
    assertEquals(Optional.empty(), KubernetesNames.imageStream("ci", "a".repeat(252)));
    assertEquals(
        Optional.of("'namespace/name' cannot be longer than 255 characters"),
        KubernetesNames.imageStream("ci", "a".repeat(253)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"latest", "v1.2.3", "_x", "1.10", "a-b_c.d", "X"})
  void tagsARegistryAccepts(String name) {
    assertEquals(Optional.empty(), KubernetesNames.tag(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".x", "-x", "a b", "a:b", "a/b", "a@b", "é"})
  void tagsARegistryRefusesAreRefusedSaying(String name) {
    Optional<String> problem = KubernetesNames.tag(name);
    assertTrue(problem.isPresent(), name);
    assertTrue(problem.get().contains("the API server stores any tag name"), problem.get());
  }

  @Test
  void aTagHasAtMost128Characters() {
    assertEquals(Optional.empty(), KubernetesNames.tag("a".repeat(128)));
    assertTrue(KubernetesNames.tag("a".repeat(129)).isPresent());
  }
}
