package org.imagecatalog.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imagecatalog.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder as an attacker or an accident leaves it: links, obstructions, leftovers of a
 * killed run, two writers at once, and kill -9 at any moment. Nothing outside the output folder may
 * change, nothing may be half-written, and check must tell the truth in between.
 */
class HostileOutputTest {
  static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

  @TempDir Path folder;
  Path catalog;
  Path out;

  record Run(int status, String out, String err) {}

  @BeforeEach
  void catalog() throws IOException {
    catalog = folder.resolve("catalog.conf");
    Files.writeString(catalog, catalogOf(3, "1"));
    out = folder.resolve("generated");
  }

  /** A catalog of {@code namespaces} namespaces of 40 streams each; {@code version} in each tag. */
  static String catalogOf(int namespaces, String version) {
    var text = new StringBuilder("namespaces {\n");
    for (int n = 0; n < namespaces; n++) {
      text.append("  ns").append(n).append(" {\n");
      for (int s = 0; s < 40; s++) {
        text.append("    s")
            .append(s)
            .append(".tags { latest = \"quay.io/org/s")
            .append(n)
            .append('-')
            .append(s)
            .append(':')
            .append(version)
            .append("\" }\n");
      }
      text.append("  }\n");
    }
    return text.append("}\n").toString();
  }

  Run run(String... args) {
    var stdout = new ByteArrayOutputStream();
    var stderr = new ByteArrayOutputStream();
    int status;
    try (var o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        var e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, o, e, folder);
    }
    return new Run(
        status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
  }

  Run generate() {
    return run(
        "generate",
        "-q",
        "-c",
        catalog.toString(),
        "-t",
        TEMPLATES.toString(),
        "-o",
        out.toString());
  }

  Run check() {
    return run(
        "check",
        "--name-only",
        "-c",
        catalog.toString(),
        "-t",
        TEMPLATES.toString(),
        "-o",
        out.toString());
  }

  /** Every file under the folder with its text, the tool's own lock and stamp left out. */
  static Map<String, String> files(Path root) throws IOException {
    var files = new TreeMap<String, String>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String path = root.relativize(file).toString();
        if (!path.equals(OutputFolder.LOCK) && !path.equals(Stamp.FILE_NAME)) {
          files.put(path, Files.readString(file));
        }
      }
    }
    return files;
  }

  @Test
  void aLinkInsideTheOutputFolderIsRefusedAndNothingIsWrittenThroughIt() throws IOException {
    assertEquals(0, generate().status());
    Path outside = Files.createDirectories(folder.resolve("outside"));
    Files.writeString(outside.resolve("ns0.md"), "precious\n");
    Path docs = out.resolve("docs");
    for (Path file :
        List.of(
            docs.resolve("README.md"),
            docs.resolve("ns0.md"),
            docs.resolve("ns1.md"),
            docs.resolve("ns2.md"))) {
      Files.delete(file);
    }
    Files.delete(docs);
    Files.createSymbolicLink(docs, outside);
    Files.writeString(catalog, catalogOf(3, "2"));
    Run run = generate();
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith(
                "generated/docs: error: is a symbolic link: image-catalog never"
                    + " follows a link in the output folder"),
        run.err());
    assertEquals(Map.of("ns0.md", "precious\n"), files(outside));
    assertTrue(
        Files.readString(out.resolve("imagestreams/ns0.yaml")).contains(":1\n"),
        "nothing else was written either");
  }

  @Test
  void anOutputFolderThatIsALinkWorksInFull() throws IOException {
    Path real = Files.createDirectories(folder.resolve("real"));
    Files.createSymbolicLink(out, real);
    assertEquals(0, generate().status());
    Files.writeString(
        real.resolve("docs/old.md"),
        "<!-- generated by image-catalog from catalog.conf; DO NOT EDIT -->\n");
    assertEquals(new Run(1, "generated/docs/old.md\n", ""), check());
    assertEquals(0, generate().status());
    assertFalse(Files.exists(real.resolve("docs/old.md")), "pruned through the link");
    assertEquals(new Run(0, "", ""), check());
  }

  @Test
  void aFolderWhereAFileGoesStopsTheRunBeforeAnythingChanges() throws IOException {
    assertEquals(0, generate().status());
    Map<String, String> before = files(out);
    Path readme = out.resolve("docs/README.md");
    Files.delete(readme);
    Files.createDirectories(readme.resolve("inside"));
    before.remove("docs/README.md");
    Files.writeString(catalog, catalogOf(3, "2"));
    Run run = generate();
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .contains(
                "generated/docs/README.md: error: is a folder where an output"
                    + " file goes; move it away [output-obstructed]"),
        run.err());
    assertEquals(before, files(out), "not one file changed");
  }

  @Test
  void leftoversOfAKilledRunAreDriftAndTheNextGenerateRemovesThem() throws IOException {
    assertEquals(0, generate().status());
    Files.writeString(out.resolve("docs/.image-catalog-4.tmp"), "half a file");
    assertEquals(new Run(1, "generated/docs/.image-catalog-4.tmp\n", ""), check());
    assertEquals(0, generate().status());
    assertFalse(Files.exists(out.resolve("docs/.image-catalog-4.tmp")));
    assertEquals(new Run(0, "", ""), check());
  }

  /**
   * kill -9 at random moments of real processes: in between, check exits 0 or 1 (never a crash or a
   * wrong "up to date"), and the next generate restores exactly what a fresh one writes.
   */
  @Test
  void killedAtAnyMomentTheNextGenerateRestoresAFreshTree() throws Exception {
    Files.writeString(catalog, catalogOf(60, "1"));
    Path fresh = folder.resolve("fresh");
    assertEquals(
        0,
        run(
                "generate",
                "-q",
                "-c",
                catalog.toString(),
                "-t",
                TEMPLATES.toString(),
                "-o",
                fresh.toString())
            .status());
    Map<String, String> expected = files(fresh);
    var random = new Random(42);
    int killed = 0;
    for (int round = 0; round < 12; round++) {
      Files.writeString(catalog, catalogOf(60, round % 2 == 0 ? "2" : "1"));
      Process process =
          java(
              "generate",
              "-q",
              "-c",
              catalog.toString(),
              "-t",
              TEMPLATES.toString(),
              "-o",
              out.toString());
      Thread.sleep(200 + random.nextInt(900));
      if (process.isAlive()) {
        process.destroyForcibly();
        killed++;
      }
      assertTrue(process.waitFor(30, TimeUnit.SECONDS));
      Files.writeString(catalog, catalogOf(60, "1"));
      Run between = check();
      assertTrue(between.status() == 0 || between.status() == 1, between.toString());
      if (between.status() == 0) {
        assertEquals(expected, files(out), "check said up to date: it must be");
      }
      assertEquals(0, generate().status());
      assertEquals(expected, files(out));
    }
    assertTrue(killed > 3, "killed " + killed + " runs part way");
  }

  /** Two generates of different catalogs at once: the folder ends as one of them, not a mix. */
  @Test
  void twoWritersTakeTurns() throws Exception {
    Path other = folder.resolve("other.conf");
    Files.writeString(catalog, catalogOf(40, "1"));
    Files.writeString(other, catalogOf(40, "2"));
    var expected = new ArrayList<Map<String, String>>();
    for (Path source : List.of(catalog, other)) {
      Path fresh = folder.resolve("fresh-" + source.getFileName());
      assertEquals(
          0,
          run(
                  "generate",
                  "-q",
                  "-c",
                  source.toString(),
                  "-t",
                  TEMPLATES.toString(),
                  "-o",
                  fresh.toString())
              .status());
      expected.add(files(fresh));
    }
    for (int round = 0; round < 3; round++) {
      Process first =
          java(
              "generate",
              "-q",
              "-c",
              catalog.toString(),
              "-t",
              TEMPLATES.toString(),
              "-o",
              out.toString());
      Process second =
          java(
              "generate",
              "-q",
              "-c",
              other.toString(),
              "-t",
              TEMPLATES.toString(),
              "-o",
              out.toString());
      assertTrue(first.waitFor(60, TimeUnit.SECONDS) && second.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, first.exitValue());
      assertEquals(0, second.exitValue());
      assertTrue(expected.contains(files(out)), "the folder is one catalog's, whole");
    }
  }

  /**
   * A disk that fills up while the run writes: the run fails, and the folder is as it was. Needs a
   * small file system of its own, a tmpfs, which only root may mount; skipped elsewhere.
   */
  @Test
  void aFullDiskFailsTheRunAndChangesNothing() throws Exception {
    Path disk = Files.createDirectories(folder.resolve("disk"));
    Process mount =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", disk.toString())
            .redirectErrorStream(true)
            .start();
    Assumptions.assumeTrue(
        mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0,
        "mounting a small tmpfs needs root");
    try {
      out = disk.resolve("generated");
      Files.writeString(catalog, catalogOf(1, "1"));
      assertEquals(0, generate().status());
      Map<String, String> before = files(out);
      Files.writeString(catalog, catalogOf(12, "2"));
      Run run = generate();
      assertEquals(2, run.status(), run.toString());
      assertTrue(run.err().contains("nothing was changed"), run.err());
      assertEquals(before, files(out));
    } finally {
      new ProcessBuilder("umount", disk.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The command line in a process of its own, as a user runs it. */
  private Process java(String... args) throws IOException {
    var command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(folder.toFile())
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("process.log").toFile())
        .start();
  }
}
