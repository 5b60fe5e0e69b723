package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imagecatalog.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's adoption walk-through, run as written, command by command, in a git repository laid
 * out as openshift/release is: the vendored ImageStream files at {@code
 * clusters/app.ci/supplemental-ci-images}, the real {@code _config.yaml} at {@code
 * core-services/image-mirroring}, other files beside them and 20,000 unrelated files elsewhere. The
 * tool runs as a process of its own in the repository, as a maintainer runs it; between the import
 * and {@code acknowledge} a maintainer's review edits the catalog.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdoptionTest {
  static final Path CORPUS = ImageStreamFiles.CORPUS;
  static final String IMAGES = "clusters/app.ci/supplemental-ci-images";
  static final String MAPPING = "core-services/image-mirroring/_config.yaml";
  static final int UNRELATED = 20_000;
  static final YAMLMapper YAML = new YAMLMapper();

  @TempDir static Path folder;
  static Path repository;
  static Path bin;
  static final List<String> printed = new ArrayList<>();

  record Run(int status, String out, String err) {}

  @BeforeAll
  static void layOutTheRepositoryAndWalkThrough() throws Exception {
    repository = Files.createDirectories(folder.resolve("release"));
    CommandLineRun.copyTree(CORPUS.resolve("supplemental-ci-images"), repository.resolve(IMAGES));
    Files.createDirectories(repository.resolve(MAPPING).getParent());
    Files.copy(CORPUS.resolve("image-mirroring/_config.yaml"), repository.resolve(MAPPING));
    Files.writeString(repository.resolve(IMAGES).resolve("OWNERS"), "approvers:\n- dptp\n");
    Files.writeString(repository.resolve(IMAGES).resolve("README.md"), "# Supplemental images\n");
    Files.writeString(
        repository.resolve("core-services/image-mirroring/OWNERS"), "approvers:\n- dptp\n");
    for (int i = 0; i < UNRELATED; i++) {
      Path job = repository.resolve("ci-operator/config/org" + i / 100 + "/repo" + i + ".yaml");
      if (i % 100 == 0) {
        Files.createDirectories(job.getParent());
      }
      Files.writeString(job, "build_root:\n  image_stream_tag: {name: release, tag: golang}\n");
    }
    bin = wrapper();
    shell("git init -q && git add -A && git -c user.name=t -c user.email=t@t commit -qm layout");
    for (String command : walkThrough()) {
      Run run = shell(command);
      printed.add(command + "\n" + run.out() + run.err());
      assertEquals(0, run.status(), command + "\n" + run.err());
      if (command.contains("import") && command.contains("--output")) {
        review();
      }
    }
  }

  /** The commands of the README's walk-through block, continuation lines joined. */
  static List<String> walkThrough() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher block =
        Pattern.compile(
                "<!-- the adoption walk-through[^\\n]*-->\\n```sh\\n(.*?)```", Pattern.DOTALL)
            .matcher(readme);
    assertTrue(block.find(), "the README marks its walk-through");
    var commands = new ArrayList<String>();
    for (String line : block.group(1).replace("\\\n", " ").lines().toList()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        commands.add(line.strip());
      }
    }
    return commands;
  }

  /** A maintainer's review, between the import and acknowledge: a description edited by hand. */
  static void review() throws IOException {
    Path catalog = repository.resolve("catalog.conf");
    String text = Files.readString(catalog);
    String edited =
        text.replaceFirst(
            "(\\n    boskos \\{\\n)",
            "$1      description = \"Leases cloud accounts: reviewed\"\n");
    assertFalse(edited.equals(text), "the catalog has ci/boskos to review");
    Files.writeString(catalog, edited);
  }

  /** {@code image-catalog} on the PATH: this build's classes, run as the launcher runs the jar. */
  static Path wrapper() throws IOException {
    Path dir = Files.createDirectories(folder.resolve("bin"));
    Path script = dir.resolve("image-catalog");
    Files.writeString(
        script,
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' -Dimage-catalog.home='"
            + Path.of("").toAbsolutePath()
            + "' "
            + Main.class.getName()
            + " \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }

  static Run shell(String command) throws Exception {
    var builder = new ProcessBuilder("sh", "-c", command).directory(repository.toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
    builder.environment().remove("GITHUB_ACTIONS");
    Path out = folder.resolve("out.txt");
    Path err = folder.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), command);
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  @Order(1)
  void everyMappingEntryComesBackAndTheOtherSectionsKeepTheirBytes() throws Exception {
    String before = gitShow(MAPPING);
    String after = Files.readString(repository.resolve(MAPPING));
    JsonNode old = YAML.readTree(before).path("supplementalCIImages");
    JsonNode now = YAML.readTree(after).path("supplementalCIImages");
    assertEquals(521, old.size(), "the real file's entries");
    assertEquals(old, now);
    assertTrue(now.has("rh_ee_ves/aro-hcp-e2e-base:v1.0"), "the QCI name Kubernetes would refuse");
    String tail = "# Backfill from QCI";
    assertEquals(
        before.substring(before.indexOf(tail)),
        after.substring(after.indexOf(tail)),
        "qciToAppCIImages, ignoredSources, artImages and the comment above them, byte for byte");
  }

  /** What ci-tools' loader checks: only the keys it knows, every target ns/name:tag. */
  @Test
  @Order(2)
  void theMappingFilePassesCiImagesMirrorsLoadingRules() throws IOException {
    JsonNode config = YAML.readTree(repository.resolve(MAPPING).toFile());
    Set<String> known =
        Set.of("supplementalCIImages", "qciToAppCIImages", "ignoredSources", "artImages");
    config.fieldNames().forEachRemaining(key -> assertTrue(known.contains(key), key));
    for (String section : List.of("supplementalCIImages", "qciToAppCIImages")) {
      config
          .path(section)
          .fieldNames()
          .forEachRemaining(
              target -> assertTrue(target.matches("[^/]+/[^:/]+:[^:/]+"), section + ": " + target));
    }
  }

  /**
   * Every ImageStream of the folder comes back from the catalog, field for field, but for the tags
   * whose source the mapping gave otherwise: {@code --prefer mapping} took the mapping's, and the
   * catalog keeps the ImageStream's beside the tag, as a comment.
   */
  @Test
  @Order(3)
  void everyImageStreamComesBackButWhatPreferChose() throws Exception {
    Path original = Files.createDirectories(folder.resolve("original"));
    shell("git archive HEAD~1 " + IMAGES + " | tar -x -C " + original);
    var inputs = new ArrayList<Path>();
    try (Stream<Path> files = Files.walk(original.resolve(IMAGES))) {
      files
          .filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> !f.endsWith("coreos/fcos-builroot.yaml"))
          .sorted()
          .forEach(inputs::add);
    }
    Map<String, ObjectNode> before = ImageStreamFiles.canonical(inputs);
    Map<String, ObjectNode> after =
        ImageStreamFiles.canonical(List.of(repository.resolve(IMAGES + "/zz_generated")));
    assertEquals(before.keySet(), after.keySet());
    var changed = new TreeSet<String>();
    for (String target : before.keySet()) {
      if (!before.get(target).equals(after.get(target))) {
        changed.add(target);
      }
    }
    String catalog = Files.readString(repository.resolve("catalog.conf"));
    Matcher overruled =
        Pattern.compile("# the ImageStream \\(([^:]+):\\d+\\) gave [^\\n]*--prefer")
            .matcher(catalog);
    int comments = 0;
    while (overruled.find()) {
      comments++;
    }
    assertTrue(changed.remove("ci/boskos"), "the review edited its description, and it stays");
    assertEquals(
        Set.of(
            "cincinnati-ci-public/rust", "hypershift-toolkit/roks-toolkit-base", "origin/centos"),
        changed);
    assertEquals(changed.size(), comments, "each overruled source is kept as a comment");
  }

  @Test
  @Order(4)
  void eachImageStreamIsDefinedOnceByTheCatalog() throws IOException {
    Map<String, List<Path>> definitions = new TreeMap<>();
    try (Stream<Path> files = Files.walk(repository.resolve(IMAGES))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        for (JsonNode document :
            YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll()) {
          JsonNode items =
              document.path("kind").asText().equals("List") ? document.path("items") : null;
          for (JsonNode item : items == null ? List.of(document) : items) {
            if (item.path("kind").asText().equals("ImageStream")) {
              String target =
                  item.path("metadata").path("namespace").asText()
                      + "/"
                      + item.path("metadata").path("name").asText();
              definitions.computeIfAbsent(target, t -> new ArrayList<>()).add(file);
            }
          }
        }
      }
    }
    // The one ImageStream without a namespace is no catalog's: it is applied with oc apply -n.
    definitions.keySet().removeIf(target -> target.startsWith("/"));
    definitions.forEach(
        (target, files) -> {
          assertEquals(1, files.size(), target + " in " + files);
          assertTrue(files.get(0).toString().contains("/zz_generated/"), target + " " + files);
        });
  }

  @Test
  @Order(5)
  void theCommitHoldsOnlyTheIntendedChangesAndNothingOfTheTools() throws Exception {
    Run log = shell("git show --name-status --format= HEAD");
    assertEquals(0, log.status(), log.err());
    for (String line : log.out().lines().toList()) {
      String path = line.substring(line.indexOf('\t') + 1);
      assertTrue(
          path.equals("catalog.conf") || path.startsWith(IMAGES + "/") || path.equals(MAPPING),
          line);
      assertFalse(path.contains(".image-catalog"), line);
    }
    assertEquals("", shell("git status --porcelain").out(), "nothing left in the tree");
  }

  @Test
  @Order(6)
  void theReviewSurvivesAcknowledgeAndTheRestIsAcknowledged() throws IOException {
    String catalog = Files.readString(repository.resolve("catalog.conf"));
    assertTrue(catalog.contains("description = \"Leases cloud accounts: reviewed\""));
    assertTrue(catalog.contains("acknowledge = [mutable-tag]"), "acknowledge wrote its lists");
    assertFalse(catalog.contains("acknowledge : "), "in the catalog's own style");
  }

  @Test
  @Order(7)
  void generatePrintsABoundedSummaryWhateverLiesElsewhere() {
    String generate =
        printed.stream()
            .filter(p -> p.startsWith("image-catalog generate"))
            .findFirst()
            .orElseThrow();
    List<String> lines =
        generate
            .lines()
            .filter(l -> !l.contains(": warning: ") && !l.contains(": note: "))
            .toList();
    assertEquals(2, lines.size(), generate);
    assertTrue(
        lines.get(1).matches("\\./: \\d+ written, 0 unchanged, 0 removed in \\d+ ms"),
        lines.get(1));
  }

  @Test
  @Order(8)
  void oneCatalogEditChangesOneEntryInOneFileAndCheckSaysSoUntilGenerate() throws Exception {
    Path catalog = repository.resolve("catalog.conf");
    String text = Files.readString(catalog);
    String edited =
        text.replace(
            "quay.io/rh_ee_ves/aro-hcp-e2e-base:v1.0", "quay.io/rh_ee_ves/aro-hcp-e2e-base:v1.1");
    assertFalse(edited.equals(text));
    Files.writeString(catalog, edited);
    Run stale = shell("image-catalog check --out . --name-only 2>/dev/null");
    assertEquals(new Run(1, MAPPING + "\n", ""), stale);
    Run generate = shell("image-catalog generate --out . -q");
    assertEquals(0, generate.status(), generate.err());
    Run diff = shell("git diff --numstat -- . ':!catalog.conf'");
    assertEquals("1\t1\t" + MAPPING + "\n", diff.out());
    assertEquals(0, shell("image-catalog check --out . -q").status());
  }

  private static String gitShow(String path) throws Exception {
    Run show = shell("git show HEAD~1:" + path);
    assertEquals(0, show.status(), show.err());
    return show.out();
  }
}
