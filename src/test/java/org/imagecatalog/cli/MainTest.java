package org.imagecatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process on temporary folders. */
class MainTest {
  static final Path CASES = Path.of("src/test/resources/org/imagecatalog/cases").toAbsolutePath();
  static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

  @TempDir Path folder;
  Path catalog;
  Path out;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {}

  @BeforeEach
  void copyFeatureCatalog() throws IOException {
    catalog = folder.resolve("catalog.conf");
    Files.copy(CASES.resolve("valid/features/catalog.conf"), catalog);
    out = folder.resolve("generated");
  }

  /** Runs the command line; the time in generate's summary varies, so it reads {@code N ms}. */
  Run run(String... args) {
    var stdout = new ByteArrayOutputStream();
    var stderr = new ByteArrayOutputStream();
    int status;
    try (var o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        var e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, o, e, folder);
    }
    return new Run(
        status,
        stdout.toString(StandardCharsets.UTF_8).replaceAll("(?m) in \\d+ ms$", " in N ms"),
        stderr.toString(StandardCharsets.UTF_8));
  }

  Run generate() {
    return run(
        "generate", "-c", catalog.toString(), "-t", TEMPLATES.toString(), "-o", out.toString());
  }

  Run check() {
    return run("check", "-c", catalog.toString(), "-t", TEMPLATES.toString(), "-o", out.toString());
  }

  @Test
  void helpIsASmallManual() {
    Run run = run("--help");
    assertEquals(0, run.status());
    Approvals.verify(run.out());
  }

  @Test
  void versionNamesTheRelease() {
    Run run = run("--version");
    assertEquals(0, run.status());
    assertTrue(run.out().matches("image-catalog \\d+\\.\\d+\\.\\d+.*\n"), run.out());
  }

  @Test
  void validateSummarizesAValidCatalog() {
    assertEquals(
        new Run(0, "catalog.conf: 3 namespaces, 4 image streams, 12 tags, 0 warnings\n", ""),
        run("validate", "-c", catalog.toString()));
  }

  @Test
  void warningsFailOnlyUnderStrict() {
    String warnings = CASES.resolve("invalid/warnings.conf").toString();
    Run lenient = run("validate", "-c", warnings);
    assertEquals(0, lenient.status());
    assertTrue(lenient.out().endsWith("4 warnings\n"), lenient.out());
    Run strict = run("validate", "--strict", "-c", warnings);
    assertEquals(2, strict.status());
    assertEquals("", strict.out());
    assertEquals(lenient.err(), strict.err());
  }

  @Test
  void aMissingCatalogIsAnErrorNotAnEmptyCatalog() {
    Run run = run("validate", "-c", folder.resolve("nope.conf").toString());
    assertEquals(new Run(2, "", "nope.conf: error: no such catalog file [catalog-file]\n"), run);
    assertEquals(
        new Run(2, "", ".: error: is a folder, not a catalog file [catalog-file]\n"),
        run("validate", "-c", folder.toString()));
  }

  @Test
  void generateWritesOnlyWhatChanged() throws IOException {
    assertEquals(
        new Run(0, "generated/: 11 written, 0 unchanged, 0 removed in N ms\n", ""), generate());
    Path index = out.resolve("docs/README.md");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(index, old);
    assertEquals(
        new Run(0, "generated/: 0 written, 11 unchanged, 0 removed in N ms\n", ""), generate());
    assertEquals(old, Files.getLastModifiedTime(index), "an unchanged file keeps its time");

    Files.writeString(catalog, Files.readString(catalog).replace("Go build root", "Go builder"));
    assertEquals(
        new Run(0, "generated/: 3 written, 8 unchanged, 0 removed in N ms\n", ""), generate());
    try (Stream<Path> files = Files.walk(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void generateRemovesStaleGeneratedFilesAndLeavesOthersAlone() throws IOException {
    generate();
    Path mine = out.resolve("docs/notes.md");
    Files.writeString(mine, "# my notes\n");
    Files.writeString(
        catalog,
        Files.readString(catalog)
            .replace(
                "{ template = imagestream.yaml.mustache,  path ="
                    + " \"streams/{{namespace}}/{{name}}.yaml\", per = stream }",
                ""));
    Run run = generate();
    assertEquals(
        new Run(
            0,
            "generated/: 0 written, 7 unchanged, 4 removed in N ms\n",
            "generated/docs/notes.md: left alone: not generated by image-catalog\n"),
        run);
    assertTrue(Files.exists(mine));
    assertFalse(Files.exists(out.resolve("streams")), "emptied folders go with their files");
  }

  @Test
  void nothingIsWrittenWhenTheCatalogHasErrors() throws IOException {
    Files.writeString(catalog, Files.readString(catalog).replace("1.21\"", "1.21!\""));
    Run run = generate();
    assertEquals(2, run.status());
    assertTrue(run.err().contains("[pull-spec]"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anOutputFolderThatIsAFileIsRefused() throws IOException {
    Files.writeString(out, "not a folder");
    assertEquals(
        new Run(
            2,
            "",
            "generated: error: the output folder is a file [output-folder]\n"
                + "image-catalog: stopped by 1 error above; generated/ was not changed\n"),
        generate());
  }

  @Test
  void anOutputFolderThatCannotBeCreatedChangesNothing() throws IOException {
    Path blocker = folder.resolve("blocker");
    Files.writeString(blocker, "a file where a folder would go");
    Run run =
        run(
            "generate",
            "-c",
            catalog.toString(),
            "-t",
            TEMPLATES.toString(),
            "-o",
            blocker.resolve("generated").toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith(
                "blocker/generated: error: cannot create the output folder: Not a directory"
                    + " [output-folder]\n"),
        run.err());
    assertEquals("a file where a folder would go", Files.readString(blocker));
  }

  @Test
  void checkPassesOnAFreshTreeAndShowsDriftOtherwise() throws IOException {
    generate();
    assertEquals(new Run(0, "generated/ is up to date\n", ""), check());

    Path ci = out.resolve("imagestreams/ci.yaml");
    Files.writeString(ci, Files.readString(ci).replace("scheduled: false", "scheduled: true"));
    Files.delete(out.resolve("docs/README.md"));
    Files.writeString(
        out.resolve("docs/old.md"),
        "<!-- generated by image-catalog from catalog.conf; DO NOT EDIT -->\n");
    Run run = check();
    assertEquals(1, run.status());
    assertEquals("", run.err());
    Approvals.verify(run.out());
    assertEquals(
        "scheduled: true",
        Files.readString(ci)
            .lines()
            .filter(l -> l.contains("scheduled"))
            .findFirst()
            .orElseThrow()
            .strip(),
        "check writes nothing");
  }

  @Test
  void checkCutsLongDiffs() throws IOException {
    generate();
    Path ci = out.resolve("imagestreams/ci.yaml");
    Files.writeString(ci, "x\n".repeat(500));
    Run run = check();
    assertEquals(1, run.status());
    assertTrue(
        run.out().contains(" more diff lines cut for generated/imagestreams/ci.yaml\n"), run.out());
    assertTrue(run.out().lines().count() < 260, "the diff is bounded");
  }

  @Test
  void explainShowsWhereEachSettingCameFrom() {
    Run stream = run("explain", "ci/build-root", "-c", catalog.toString());
    assertEquals(0, stream.status());
    Run tag = run("explain", "private-images/secret:latest", "-c", catalog.toString());
    assertEquals(0, tag.status());
    Approvals.verify(stream.out() + "\n" + tag.out());
  }

  @Test
  void explainNamesTheNearestTargets() {
    assertEquals(
        new Run(
            2,
            "",
            "catalog.conf: no image stream or tag ci/buildroot; nearest: ci/build-root,"
                + " ci/build-root:1.9, ci/build-root:1.10\n"),
        run("explain", "ci/buildroot", "-c", catalog.toString()));
  }

  @Test
  void importWritesAValidatedCatalog() throws IOException {
    Path fixture = Path.of("src/test/resources/org/imagecatalog/importer/fixture").toAbsolutePath();
    Path imported = folder.resolve("imported.conf");
    Run run = run("import", fixture.toString(), "--output", imported.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err().endsWith("imported 4 image streams and 7 tags in 2 namespaces; 3 skipped\n"),
        run.err());
    assertEquals(
        new Run(0, "imported.conf: 2 namespaces, 4 image streams, 7 tags, 0 warnings\n", ""),
        run("validate", "-c", imported.toString()));
  }

  @Test
  void importWritesNothingWhenAnInputIsBad() throws IOException {
    Path input = Files.createDirectories(folder.resolve("in"));
    Files.writeString(
        input.resolve("a.yaml"),
        "kind: ImageStream\nmetadata: {name: a, namespace: Bad_NS}\n"
            + "spec:\n  tags:\n  - name: t\n    from: {kind: DockerImage, name: quay.io/a/b:1}\n");
    Path imported = folder.resolve("imported.conf");
    Run run = run("import", input.toString(), "--output", imported.toString());
    assertEquals(2, run.status());
    assertEquals(
        "imported.conf:10: error: namespaces.Bad_NS: invalid namespace name \"Bad_NS\": must be a"
            + " DNS-1123 label: lower case letters, digits and '-', starting and ending with a"
            + " letter or digit [namespace-name]\n",
        run.err());
    assertFalse(Files.exists(imported));
  }

  @Test
  void checkNameOnlyListsWhatIsStaleLikeGofmt() throws IOException {
    generate();
    Path ci = out.resolve("imagestreams/ci.yaml");
    Files.writeString(ci, Files.readString(ci).replace("scheduled: false", "scheduled: true"));
    Files.delete(out.resolve("docs/README.md"));
    Files.writeString(
        out.resolve("docs/old.md"),
        "<!-- generated by image-catalog from catalog.conf; DO NOT EDIT -->\n");
    assertEquals(
        new Run(
            1,
            "generated/docs/README.md\ngenerated/imagestreams/ci.yaml\n"
                + "generated/docs/old.md\n",
            ""),
        run(
            "check",
            "--name-only",
            "-c",
            catalog.toString(),
            "-t",
            TEMPLATES.toString(),
            "-o",
            out.toString()));
    generate();
    assertEquals(
        new Run(0, "", ""),
        run(
            "check",
            "--name-only",
            "-c",
            catalog.toString(),
            "-t",
            TEMPLATES.toString(),
            "-o",
            out.toString()));
  }

  @Test
  void checkOnBadInputSaysSoInItsLastLineNotThatTheFolderIsStale() throws IOException {
    Files.writeString(catalog, Files.readString(catalog).replace("1.21\"", "1.21!\""));
    Run run = check();
    assertEquals(2, run.status());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(
        "image-catalog: stopped by 1 error above; generated/ was not compared",
        lines.get(lines.size() - 1));
  }

  @Test
  void quietKeepsOnlyWhatFailsAndVerboseNamesEveryFile() throws IOException {
    String[] args = {"-c", catalog.toString(), "-t", TEMPLATES.toString(), "-o", out.toString()};
    Run verbose = run(concat("generate", "--verbose", args));
    assertEquals(0, verbose.status());
    assertTrue(verbose.err().contains("wrote generated/imagestreams/ci.yaml\n"), verbose.err());
    assertEquals(11, verbose.err().lines().filter(l -> l.startsWith("wrote ")).count());
    Files.writeString(out.resolve("docs/notes.md"), "# mine\n");
    assertEquals(new Run(0, "", ""), run(concat("generate", "--quiet", args)));
    assertEquals(new Run(0, "", ""), run(concat("check", "-q", args)));
    String warnings = CASES.resolve("invalid/warnings.conf").toString();
    assertEquals(new Run(0, "", ""), run("validate", "--quiet", "-c", warnings));
  }

  private static String[] concat(String command, String flag, String[] rest) {
    var all = new java.util.ArrayList<String>(List.of(command, flag));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  /**
   * A template that drops a field must fail every run that needs the field, whatever is on disk:
   * here the template loses {@code insecure} while no tag uses it, then a tag sets it.
   */
  @Test
  void everyRunVerifiesEveryFileSoAChangeWhoseBytesDoNotChangeIsCaught() throws IOException {
    Path templates = folder.resolve("templates");
    copyTree(TEMPLATES, templates);
    Path partial = templates.resolve("partials/imagestream.mustache");
    Files.writeString(
        partial,
        Files.readString(partial)
            .replace("{{#insecure}}\n      insecure: true\n{{/insecure}}\n", ""));
    String secure = Files.readString(catalog);
    Files.writeString(
        catalog, secure.replace("          insecure = true", "          insecure = false"));
    String[] args = {"-c", catalog.toString(), "-t", templates.toString(), "-o", out.toString()};
    assertEquals(0, run(concat("generate", "-q", args)).status());

    Files.writeString(catalog, secure);
    Run generate = run(concat("generate", "-q", args));
    Run check = run(concat("check", "-q", args));
    for (Run run : List.of(generate, check)) {
      assertEquals(2, run.status(), run.toString());
      assertTrue(
          run.err()
              .contains("importPolicy.insecure should be true, is absent [output-imagestream]"),
          run.err());
    }
  }

  @Test
  void aSecondGenerateStopsAtTheStampUntilSomethingChanges() throws IOException {
    String[] args = {"-c", catalog.toString(), "-t", TEMPLATES.toString(), "-o", out.toString()};
    assertEquals(0, run(concat("generate", "-q", args)).status());
    Path stamp = out.resolve(".image-catalog-stamp");
    assertTrue(Files.isRegularFile(stamp), "written after a run without diagnostics");
    Run again = run(concat("generate", "-v", args));
    assertEquals(
        new Run(
            0,
            "generated/: 0 written, 11 unchanged, 0 removed in N ms\n",
            "nothing changed since the last generate: its stamp still holds\n"),
        again);

    Path ci = out.resolve("imagestreams/ci.yaml");
    String good = Files.readString(ci);
    Files.writeString(ci, good.replace("scheduled: false", "scheduled: true"));
    Run repaired = run(concat("generate", "-v", args));
    assertEquals(
        new Run(
            0,
            "generated/: 1 written, 10 unchanged, 0 removed in N ms\n",
            "wrote generated/imagestreams/ci.yaml\n"),
        repaired,
        "an output edited by hand is not what the stamp says: a full run restores it");
    assertEquals(good, Files.readString(ci));

    Files.writeString(catalog, Files.readString(catalog).replace("Go build root", "Go builder"));
    assertEquals(
        new Run(0, "generated/: 3 written, 8 unchanged, 0 removed in N ms\n", ""), generate());
    assertEquals(new Run(0, "generated/ is up to date\n", ""), check());
  }

  @Test
  void aRunThatStopsAtTheStampShowsTheWarningsTheFullRunShowed() throws IOException {
    Files.copy(
        CASES.resolve("invalid/warnings.conf"), catalog, StandardCopyOption.REPLACE_EXISTING);
    String[] args = {"-c", catalog.toString(), "-t", TEMPLATES.toString(), "-o", out.toString()};
    Run full = run(concat("generate", "--timings", args));
    Run stopped = run(concat("generate", "--timings", args));
    assertEquals(0, stopped.status());
    assertTrue(
        stopped.err().contains("timings: lock") && !stopped.err().contains("render"),
        "stopped at the stamp: " + stopped.err());
    assertEquals(
        full.err().lines().filter(l -> !l.startsWith("timings:")).toList(),
        stopped.err().lines().filter(l -> !l.startsWith("timings:")).toList());
    assertTrue(full.err().contains("warning:"), full.err());
    assertEquals(2, run(concat("generate", "--strict", args)).status(), "--strict still fails");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
