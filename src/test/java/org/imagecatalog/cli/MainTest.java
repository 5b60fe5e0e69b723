package org.imagecatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.imagecatalog.CommandLineRun;
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

  @BeforeEach
  void copyFeatureCatalog() throws IOException {
    catalog = folder.resolve("catalog.conf");
    Files.copy(CASES.resolve("valid/features/catalog.conf"), catalog);
    out = folder.resolve("generated");
  }

  CommandLineRun run(String... args) {
    return CommandLineRun.of(folder, args);
  }

  CommandLineRun generate() {
    return run(
        "generate", "-c", catalog.toString(), "-t", TEMPLATES.toString(), "-o", out.toString());
  }

  CommandLineRun check(String... options) {
    var args = new ArrayList<>(List.of("check"));
    args.addAll(List.of(options));
    args.addAll(
        List.of("-c", catalog.toString(), "-t", TEMPLATES.toString(), "-o", out.toString()));
    return run(args.toArray(String[]::new));
  }

  @Test
  void helpIsASmallManual() {
    CommandLineRun run = run("--help");
    assertEquals(0, run.status());
    Approvals.verify(run.out());
  }

  @Test
  void versionNamesTheRelease() {
    CommandLineRun run = run("--version");
    assertEquals(0, run.status());
    assertTrue(run.out().matches("image-catalog \\d+\\.\\d+\\.\\d+.*\n"), run.out());
  }

  @Test
  void validateSummarizesAValidCatalog() {
    assertEquals(
        new CommandLineRun(
            0, "catalog.conf: 5 namespaces, 7 image streams, 19 tags, 0 warnings\n", ""),
        run("validate", "-c", catalog.toString()));
  }

  @Test
  void warningsFailOnlyUnderStrict() {
    String warnings = CASES.resolve("invalid/warnings.conf").toString();
    CommandLineRun lenient = run("validate", "-c", warnings);
    assertEquals(0, lenient.status());
    assertTrue(lenient.out().endsWith("6 warnings\n"), lenient.out());
    CommandLineRun strict = run("validate", "--strict", "-c", warnings);
    assertEquals(2, strict.status());
    assertEquals("", strict.out());
    assertEquals(lenient.err(), strict.err());
  }

  @Test
  void aMissingCatalogIsAnErrorNotAnEmptyCatalog() {
    CommandLineRun run = run("validate", "-c", folder.resolve("nope.conf").toString());
    assertEquals(
        new CommandLineRun(2, "", "nope.conf: error: no such catalog file [catalog-file]\n"), run);
    assertEquals(
        new CommandLineRun(2, "", ".: error: is a folder, not a catalog file [catalog-file]\n"),
        run("validate", "-c", folder.toString()));
  }

  @Test
  void generateWritesOnlyWhatChanged() throws IOException {
    assertEquals(
        new CommandLineRun(0, "generated/: 17 written, 0 unchanged, 0 removed in N ms\n", ""),
        generate());
    Path index = out.resolve("docs/README.md");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(index, old);
    assertEquals(
        new CommandLineRun(0, "generated/: 0 written, 17 unchanged, 0 removed in N ms\n", ""),
        generate());
    assertEquals(old, Files.getLastModifiedTime(index), "an unchanged file keeps its time");

    Files.writeString(catalog, Files.readString(catalog).replace("Go build root", "Go builder"));
    assertEquals(
        new CommandLineRun(0, "generated/: 3 written, 14 unchanged, 0 removed in N ms\n", ""),
        generate());
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
    CommandLineRun run = generate();
    assertEquals(
        new CommandLineRun(
            0, "generated/: 0 written, 11 unchanged, 6 removed, 1 left alone in N ms\n", ""),
        run);
    assertTrue(
        run(
                "generate",
                "-v",
                "-c",
                catalog.toString(),
                "-t",
                TEMPLATES.toString(),
                "-o",
                out.toString())
            .err()
            .contains("generated/docs/notes.md: left alone: not generated by image-catalog\n"),
        "--verbose names the files left alone");
    assertTrue(Files.exists(mine));
    assertFalse(Files.exists(out.resolve("streams")), "emptied folders go with their files");
  }

  @Test
  void nothingIsWrittenWhenTheCatalogHasErrors() throws IOException {
    Files.writeString(catalog, Files.readString(catalog).replace("1.21\"", "1.21!\""));
    CommandLineRun run = generate();
    assertEquals(2, run.status());
    assertTrue(run.err().contains("[pull-spec]"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anOutputFolderThatIsAFileIsRefused() throws IOException {
    Files.writeString(out, "not a folder");
    assertEquals(
        new CommandLineRun(
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
    CommandLineRun run =
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
    assertEquals(new CommandLineRun(0, "generated/ is up to date\n", ""), check());

    Path ci = out.resolve("imagestreams/ci.yaml");
    Files.writeString(ci, Files.readString(ci).replace("scheduled: false", "scheduled: true"));
    Files.delete(out.resolve("docs/README.md"));
    Files.writeString(
        out.resolve("docs/old.md"),
        "<!-- generated by image-catalog from catalog.conf; DO NOT EDIT -->\n");
    CommandLineRun run = check();
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
    CommandLineRun run = check();
    assertEquals(1, run.status());
    assertTrue(
        run.out().contains(" more diff lines cut for generated/imagestreams/ci.yaml\n"), run.out());
    assertTrue(run.out().lines().count() < 260, "the diff is bounded");
  }

  @Test
  void explainShowsWhereEachSettingCameFrom() {
    CommandLineRun stream = run("explain", "ci/build-root", "-c", catalog.toString());
    assertEquals(0, stream.status());
    CommandLineRun tag = run("explain", "private-images/secret:latest", "-c", catalog.toString());
    assertEquals(0, tag.status());
    CommandLineRun built = run("explain", "builds/toolchain", "-c", catalog.toString());
    CommandLineRun sources = run("explain", "builds/app", "-c", catalog.toString());
    Approvals.verify(stream.out() + "\n" + tag.out() + "\n" + built.out() + "\n" + sources.out());
  }

  @Test
  void explainNamesTheNearestTargets() {
    assertEquals(
        new CommandLineRun(
            2,
            "",
            "catalog.conf: error: no image stream or tag ci/buildroot; nearest: ci/build-root,"
                + " ci/build-root:1.9, ci/build-root:1.10 [explain-target]\n"),
        run("explain", "ci/buildroot", "-c", catalog.toString()));
  }

  @Test
  void importWritesAValidatedCatalog() throws IOException {
    Path fixture = Path.of("src/test/resources/org/imagecatalog/importer/fixture").toAbsolutePath();
    Path imported = folder.resolve("imported.conf");
    CommandLineRun run = run("import", fixture.toString(), "--output", imported.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err().endsWith("imported 4 image streams and 8 tags in 2 namespaces; 2 skipped\n"),
        run.err());
    CommandLineRun validate = run("validate", "-c", imported.toString());
    assertEquals(0, validate.status(), validate.err());
    assertEquals(
        "imported.conf: 2 namespaces, 4 image streams, 8 tags, 3 warnings\n", validate.out());
    // The fixture's sources: golang on Docker Hub, boskos at latest.
    assertEquals(
        List.of("[docker-hub]", "[docker-hub]", "[mutable-tag]"),
        validate.err().lines().map(l -> l.substring(l.lastIndexOf(' ') + 1)).sorted().toList());
  }

  /** With --acknowledge, the warnings the imported tags have are written as acknowledged. */
  @Test
  void importCanAcknowledgeTheWarningsItsTagsHaveToday() throws IOException {
    Path fixture = Path.of("src/test/resources/org/imagecatalog/importer/fixture").toAbsolutePath();
    Path imported = folder.resolve("imported.conf");
    CommandLineRun run =
        run("import", fixture.toString(), "--output", imported.toString(), "--acknowledge");
    assertEquals(0, run.status(), run.err());
    String text = Files.readString(imported);
    assertTrue(text.contains("acknowledge = [docker-hub]"), text);
    assertTrue(text.contains("acknowledge = [mutable-tag]"), text);
    assertEquals(
        new CommandLineRun(
            0, "imported.conf: 2 namespaces, 4 image streams, 8 tags, 0 warnings\n", ""),
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
    CommandLineRun run = run("import", input.toString(), "--output", imported.toString());
    assertEquals(2, run.status());
    assertEquals(
        "in/a.yaml:1: error: namespaces.Bad_NS: invalid namespace name \"Bad_NS\": must be a"
            + " DNS-1123 label: lower case letters, digits and '-', starting and ending with a"
            + " letter or digit (Kubernetes' rule for the namespace of an ImageStream; imagestream"
            + " = false would make its tags mirror-only entries, which QCI names need not follow)"
            + " [namespace-name]\n",
        run.err());
    assertFalse(Files.exists(imported));
  }

  @Test
  void importTellsProblemsAtTheInputDocumentNotTheUnwrittenCatalog() throws IOException {
    Path input = Files.createDirectories(folder.resolve("in"));
    Files.writeString(
        input.resolve("a.yaml"),
        "kind: ImageStream\nmetadata: {name: a, namespace: ci}\n"
            + "spec:\n  tags:\n  - name: t\n    from: {kind: DockerImage, name: quay.io/a/b:1}\n");
    Files.writeString(
        input.resolve("b.yaml"),
        "kind: ConfigMap\n"
            + "---\n"
            + "kind: ImageStream\n"
            + "metadata: {name: b, namespace: ci}\n"
            + "spec:\n"
            + "  tags:\n"
            + "  - name: x y\n"
            + "    from: {kind: DockerImage, name: quay.io/a/b:1}\n");
    Path imported = folder.resolve("imported.conf");
    CommandLineRun run = run("import", input.toString(), "--output", imported.toString());
    assertEquals(2, run.status());
    assertEquals(
        "in/b.yaml:1: note: skipped: ConfigMap [import-skipped]\n"
            + "in/b.yaml:7: warning: namespaces.ci.b.tags.\"x y\": \"quay.io/a/b:1\" is also"
            + " imported by ci/a:t; list each image once [duplicate-pull-spec]\n"
            + "    in/a.yaml:5: note: first listed here\n"
            + "in/b.yaml:7: error: namespaces.ci.b.tags.\"x y\": invalid tag name \"x y\": must"
            + " match \"[\\w][\\w.-]{0,127}\": letters, digits, '_', '.' and '-', not starting with"
            + " '.' or '-', at most 128 characters (the API server stores any tag name, but no"
            + " registry takes another, so its import and QCI mirror would fail) [tag-name]\n",
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
        new CommandLineRun(
            1,
            "generated/docs/README.md\ngenerated/imagestreams/ci.yaml\n"
                + "generated/docs/old.md\n",
            ""),
        check("--name-only"));
    generate();
    assertEquals(new CommandLineRun(0, "", ""), check("--name-only"));
  }

  @Test
  void checkOnBadInputSaysSoInItsLastLineNotThatTheFolderIsStale() throws IOException {
    Files.writeString(
        catalog, Files.readString(catalog).replace("/build-root:1.10\"", "/build-root:1.10!\""));
    CommandLineRun run = check();
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
    CommandLineRun verbose = run(concat("generate", "--verbose", args));
    assertEquals(0, verbose.status());
    assertTrue(verbose.err().contains("wrote generated/imagestreams/ci.yaml\n"), verbose.err());
    assertEquals(17, verbose.err().lines().filter(l -> l.startsWith("wrote ")).count());
    Files.writeString(out.resolve("docs/notes.md"), "# mine\n");
    assertEquals(new CommandLineRun(0, "", ""), run(concat("generate", "--quiet", args)));
    assertEquals(new CommandLineRun(0, "", ""), run(concat("check", "-q", args)));
    String warnings = CASES.resolve("invalid/warnings.conf").toString();
    assertEquals(new CommandLineRun(0, "", ""), run("validate", "--quiet", "-c", warnings));
  }

  /** The command, the flag, then the rest of its arguments. */
  private static String[] concat(String flag, String[] command) {
    return concat(command[0], flag, java.util.Arrays.copyOfRange(command, 1, command.length));
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
    CommandLineRun.copyTree(TEMPLATES, templates);
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
    CommandLineRun generate = run(concat("generate", "-q", args));
    CommandLineRun check = run(concat("check", "-q", args));
    for (CommandLineRun run : List.of(generate, check)) {
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
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(
          List.of(),
          files.filter(f -> f.getFileName().toString().startsWith(".image-catalog")).toList(),
          "the state is kept outside the output folder");
    }
    try (Stream<Path> state = Files.walk(CommandLineRun.CACHE)) {
      assertTrue(
          state.anyMatch(f -> f.getFileName().toString().equals("stamp")),
          "the stamp is in the cache folder");
    }
    CommandLineRun again = run(concat("generate", "-v", args));
    assertEquals(
        new CommandLineRun(
            0,
            "generated/: 0 written, 17 unchanged, 0 removed in N ms\n",
            "nothing changed since the last generate: its stamp still holds\n"),
        again);

    Path ci = out.resolve("imagestreams/ci.yaml");
    String good = Files.readString(ci);
    Files.writeString(ci, good.replace("scheduled: false", "scheduled: true"));
    CommandLineRun repaired = run(concat("generate", "-v", args));
    assertEquals(
        new CommandLineRun(
            0,
            "generated/: 1 written, 16 unchanged, 0 removed in N ms\n",
            "wrote generated/imagestreams/ci.yaml\n"),
        repaired,
        "an output edited by hand is not what the stamp says: a full run restores it");
    assertEquals(good, Files.readString(ci));

    Files.writeString(catalog, Files.readString(catalog).replace("Go build root", "Go builder"));
    assertEquals(
        new CommandLineRun(0, "generated/: 3 written, 14 unchanged, 0 removed in N ms\n", ""),
        generate());
    assertEquals(new CommandLineRun(0, "generated/ is up to date\n", ""), check());
  }

  @Test
  void aRunThatStopsAtTheStampShowsTheWarningsTheFullRunShowed() throws IOException {
    Files.copy(
        CASES.resolve("invalid/warnings.conf"), catalog, StandardCopyOption.REPLACE_EXISTING);
    String[] args = {"-c", catalog.toString(), "-t", TEMPLATES.toString(), "-o", out.toString()};
    CommandLineRun full = run(concat("generate", "--timings", args));
    CommandLineRun stopped = run(concat("generate", "--timings", args));
    assertEquals(0, stopped.status());
    assertTrue(
        stopped.err().contains(" lock ") && !stopped.err().contains("render"),
        "stopped at the stamp: " + stopped.err());
    assertEquals(
        full.err().lines().filter(l -> !l.startsWith("timings:")).toList(),
        stopped.err().lines().filter(l -> !l.startsWith("timings:")).toList());
    assertTrue(full.err().contains("warning:"), full.err());
    assertEquals(2, run(concat("generate", "--strict", args)).status(), "--strict still fails");
  }

  /**
   * A stamp is replayed only for the invocation that made it, so a run from another folder names
   * files as that folder names them, cached or not; no absolute path is printed.
   */
  @Test
  void aRunFromAnotherFolderNamesFilesAsThatFolderDoes() throws IOException {
    Files.copy(
        CASES.resolve("invalid/warnings.conf"), catalog, StandardCopyOption.REPLACE_EXISTING);
    Path hack = Files.createDirectories(folder.resolve("hack"));
    String[] fromRoot = {"generate", "-c", "catalog.conf", "-t", TEMPLATES.toString(), "-o", "out"};
    String[] fromHack = {
      "generate", "-c", "../catalog.conf", "-t", TEMPLATES.toString(), "-o", "../out"
    };
    for (var invocation : List.of(Map.entry(folder, fromRoot), Map.entry(hack, fromHack))) {
      CommandLineRun full = CommandLineRun.ofProcess(invocation.getKey(), invocation.getValue());
      CommandLineRun cached =
          CommandLineRun.ofProcess(invocation.getKey(), concat("-v", invocation.getValue()));
      String named = invocation.getKey().equals(hack) ? "../catalog.conf" : "catalog.conf";
      assertTrue(full.err().startsWith(named + ":5: warning:"), full.err());
      assertTrue(
          cached.err().contains("nothing changed since the last generate"), "cached: " + cached);
      assertEquals(
          full.err(),
          cached
              .err()
              .replace("nothing changed since the last generate: its stamp still holds\n", ""));
      assertFalse(cached.err().contains(folder.toString()), "no absolute path: " + cached.err());
    }
  }

  @Test
  void importNeverOverwritesACatalogUnlessForced() throws IOException {
    Path fixture = Path.of("src/test/resources/org/imagecatalog/importer/fixture").toAbsolutePath();
    Path existing = Files.writeString(folder.resolve("kept.conf"), "# reviewed by hand\n");
    CommandLineRun refused = run("import", fixture.toString(), "--output", existing.toString());
    assertEquals(
        new CommandLineRun(
            2,
            "",
            "kept.conf: error: exists already, and import writes a new catalog and never"
                + " overwrites one: edit it, run image-catalog acknowledge to acknowledge its"
                + " warnings, or give --force to replace it [import-output]\n"),
        refused);
    assertEquals("# reviewed by hand\n", Files.readString(existing));
    CommandLineRun forced =
        run("import", fixture.toString(), "--output", existing.toString(), "--force", "-q");
    assertEquals(0, forced.status(), forced.err());
    assertTrue(Files.readString(existing).contains("namespaces {"));
  }

  @Test
  void withNoTemplatesBesideTheCatalogTheReleasesOwnAreUsedAndVerboseSaysSo() throws IOException {
    String[] args = {"generate", "-v", "-c", catalog.toString(), "-o", out.toString()};
    CommandLineRun run = run(args);
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.err()
            .startsWith(
                "no templates/ beside the catalog: using the release's templates, "
                    + Path.of("templates").toAbsolutePath()
                    + "\n"),
        run.err());
  }

  @Test
  void checkAdvisesTheCatalogsFixCommand() throws IOException {
    Files.writeString(catalog, Files.readString(catalog) + "fix-command = \"make update\"\n");
    CommandLineRun stale = check();
    assertEquals(1, stale.status());
    assertTrue(stale.out().endsWith("generated/ is out of date: run make update\n"), stale.out());
  }

  /** Under --format json, every line on standard error is one JSON object, summaries included. */
  @Test
  void underJsonEveryLineOnStandardErrorIsAnObject() throws IOException {
    Files.writeString(
        catalog, Files.readString(catalog) + "namespaces.ci.zz.tags.latest = \"gcr.io//x:1\"\n");
    List<CommandLineRun> runs =
        List.of(
            run(
                "generate",
                "--format",
                "json",
                "--timings",
                "-c",
                catalog.toString(),
                "-t",
                TEMPLATES.toString(),
                "-o",
                out.toString(),
                "--verbose"),
            check("--format", "json"),
            run("explain", "ci/nope", "--format", "json", "-c", catalog.toString()));
    for (CommandLineRun run : runs) {
      assertEquals(2, run.status(), run.toString());
      assertFalse(run.err().isEmpty(), run.toString());
      for (String line : run.err().split("\n", -1)) {
        if (!line.isEmpty()) {
          assertTrue(line.startsWith("{\"severity\":\"") && line.endsWith("}"), line);
        }
      }
    }
  }

  @Test
  void escapeSequencesInArgumentsAreShownAsEscapes() {
    CommandLineRun option = run("generate", "--bogus\u001b[31mred");
    assertEquals(2, option.status());
    assertTrue(
        option.err().startsWith("image-catalog: unknown option --bogus\\u001b[31mred"),
        option.err());
    CommandLineRun command = run("\u001b]0;title\u0007");
    assertEquals(2, command.status());
    assertFalse(
        command.err().contains("\u001b") || command.err().contains("\u0007"), command.err());
  }

  /** Two imports into one folder at once: each writes by a temporary name of its own run. */
  @Test
  void twoImportsIntoOneFolderAtOnceEachWriteTheirOwn() throws Exception {
    for (String ns : List.of("one", "two")) {
      Files.createDirectories(folder.resolve(ns));
      Files.writeString(
          folder.resolve(ns + "/s.yaml"),
          "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata: {name: s, namespace: "
              + ns
              + "}\nspec:\n  tags:\n  - name: t\n    from: {kind: DockerImage, name: quay.io/"
              + ns
              + "/s:1}\n");
    }
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        var runs = new ArrayList<java.util.concurrent.Future<CommandLineRun>>();
        for (String ns : List.of("one", "two")) {
          Path output = folder.resolve(ns + "-" + round + ".conf");
          runs.add(
              pool.submit(
                  () ->
                      run("import", folder.resolve(ns).toString(), "--output", output.toString())));
        }
        for (var done : runs) {
          assertEquals(0, done.get().status(), done.get().toString());
        }
        for (String ns : List.of("one", "two")) {
          String text = Files.readString(folder.resolve(ns + "-" + round + ".conf"));
          assertTrue(text.contains("quay.io/" + ns + "/s:1"), text);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    try (var files = Files.list(folder)) {
      assertTrue(
          files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary left");
    }
  }

  /** A catalog piped in is read once a run: the stamp's check and the load read the same bytes. */
  @Test
  void aCatalogOnStandardInputWorksEveryRun() throws Exception {
    for (String expected : List.of("3 written", "0 written")) {
      Process process =
          CommandLineRun.java(
                  folder,
                  "generate",
                  "--catalog",
                  "/dev/stdin",
                  "--templates",
                  TEMPLATES.toString(),
                  "--out",
                  out.toString())
              .redirectErrorStream(true)
              .start();
      try (var pipe = process.getOutputStream()) {
        pipe.write("namespaces.ci.a.tags.x = \"quay.io/a/a:1\"\n".getBytes(StandardCharsets.UTF_8));
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
      assertEquals(0, process.exitValue(), output);
      assertTrue(output.contains(expected), output);
    }
  }
}
