package org.imagecatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/image-catalog}, run by a real shell in a copy of the layout, with a stand-in {@code
 * java} that prints the command it was given: the launcher must find its jar through links, say
 * what to do when there is none, and never use a stale start-up archive without a word.
 */
class LauncherTest {
  @TempDir Path folder;
  Path launcher;
  Path fakeJava;

  record Run(int status, String out, String err) {}

  @BeforeEach
  void layOut() throws IOException {
    launcher = folder.resolve("checkout/bin/image-catalog");
    Files.createDirectories(launcher.getParent());
    Files.copy(Path.of("bin/image-catalog"), launcher);
    executable(launcher);
    fakeJava = folder.resolve("fake/java");
    Files.createDirectories(fakeJava.getParent());
    // Prints its command; given -XX:ArchiveClassesAtExit=FILE, writes FILE as the JVM would.
    Files.writeString(
        fakeJava,
        "#!/bin/sh\necho \"java $*\"\nfor a; do case $a in -XX:ArchiveClassesAtExit=*)"
            + " echo archive > \"${a#*=}\" ;; esac; done\n");
    executable(fakeJava);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  Run run(Path script) throws Exception {
    return run(script, "--version");
  }

  Run run(Path script, String command) throws Exception {
    var builder = new ProcessBuilder("sh", "-c", "exec \"$0\" " + command, script.toString());
    builder.environment().put("PATH", fakeJava.getParent() + ":/usr/bin:/bin");
    builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(10, TimeUnit.SECONDS));
    return new Run(process.exitValue(), out, err);
  }

  @Test
  void withoutAJarItSaysToBuildAndExitsThree() throws Exception {
    Run run = run(launcher);
    assertEquals(3, run.status());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith("image-catalog: no jar at ")
            && run.err().endsWith("target/image-catalog.jar: run make build\n"),
        run.err());
  }

  @Test
  void aLinkOnThePathFindsTheJarBesideTheRealScript() throws Exception {
    Path jar = folder.resolve("checkout/target/image-catalog.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "jar");
    Path link = folder.resolve("elsewhere/image-catalog");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, launcher);
    Run run = run(link);
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out().contains("-cp " + launcher.getParent() + "/../target/image-catalog.jar "),
        run.out());
  }

  @Test
  void aStaleArchiveIsNotUsedAndSaysSo() throws Exception {
    Path jar = folder.resolve("checkout/target/image-catalog.jar");
    Path archive = folder.resolve("checkout/target/image-catalog.jsa");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "jar");
    Files.writeString(archive, "archive");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000_000_000L));
    Run stale = run(launcher);
    assertFalse(stale.out().contains("SharedArchiveFile"), stale.out());
    assertTrue(
        stale
            .err()
            .contains(
                "image-catalog.jsa is older than the jar and is not used;"
                    + " make build renews it"),
        stale.err());

    Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Run fresh = run(launcher);
    assertTrue(fresh.out().contains("-XX:SharedArchiveFile="), fresh.out());
    assertEquals("", fresh.err());
  }

  /**
   * A release builds its start-up archive on its first run that does real work, in the cache
   * folder, never in the release (which a repository may commit), then uses it.
   */
  @Test
  void aReleaseMakesItsArchiveOnItsFirstRealRunInTheCacheAndThenUsesIt() throws Exception {
    Path release = folder.resolve("release/bin/image-catalog");
    Files.createDirectories(release.getParent());
    Files.copy(launcher, release);
    executable(release);
    Path jar = folder.resolve("release/lib/image-catalog.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "jar");
    Path archives = folder.resolve("cache/image-catalog/archives");

    Run version = run(release, "--version");
    assertFalse(version.out().contains("ArchiveClassesAtExit"), "a run that loads little");
    Run first = run(release, "validate");
    assertTrue(first.out().contains("-XX:ArchiveClassesAtExit=" + archives), first.out());
    List<Path> made;
    try (Stream<Path> files = Files.list(archives)) {
      made = files.toList();
    }
    assertEquals(1, made.size(), made.toString());
    assertTrue(made.get(0).toString().endsWith(".jsa"), "renamed from its temporary name");
    Run second = run(release, "validate");
    assertTrue(second.out().contains("-XX:SharedArchiveFile=" + made.get(0) + " "), second.out());
    try (Stream<Path> files = Files.walk(folder.resolve("release"))) {
      assertEquals(
          List.of("bin/image-catalog", "lib/image-catalog.jar"),
          files
              .filter(Files::isRegularFile)
              .map(f -> folder.resolve("release").relativize(f).toString())
              .sorted()
              .toList(),
          "nothing written into the release");
    }
  }

  @Test
  void aReleaseLayoutRunsItsOwnJar() throws Exception {
    Path release = folder.resolve("release/bin/image-catalog");
    Files.createDirectories(release.getParent());
    Files.copy(launcher, release);
    executable(release);
    Path jar = folder.resolve("release/lib/image-catalog.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "jar");
    Run run = run(release);
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out().contains("/lib/image-catalog.jar org.imagecatalog.cli.Main --version"),
        run.out());
  }

  /** The user's Java options come after the launcher's, so they win; the locale is UTF-8's. */
  @Test
  void theUsersJavaOptionsComeLastAndJavaRunsUnderUtf8() throws Exception {
    Path jar = folder.resolve("checkout/target/image-catalog.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "jar");
    Files.writeString(fakeJava, "#!/bin/sh\necho \"LC_ALL=$LC_ALL java $*\"\n");
    Run run = posix("--version", Map.of("IMAGE_CATALOG_JAVA_OPTS", "-Xmx2g -XX:+UseParallelGC"));
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("LC_ALL=C.UTF-8 java "), run.out());
    assertTrue(
        run.out().indexOf("-XX:+UseSerialGC") < run.out().indexOf("-Xmx2g -XX:+UseParallelGC"),
        run.out());
  }

  /**
   * Under the POSIX locale, as many CI images run, Java would name files in ASCII: the launcher's
   * Java reads a catalog in a folder named {@code café} with an include named in Japanese, and
   * writes the catalog import makes, in UTF-8, whatever the locale.
   */
  @Test
  void underThePosixLocaleNamesAndTextAreUtf8() throws Exception {
    Path jar = folder.resolve("checkout/target/image-catalog.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "jar");
    // The real Java, given this build's classes in place of the jar.
    Files.writeString(
        fakeJava,
        "#!/bin/sh\nfor a; do shift; if [ -n \"$cp\" ]; then set -- \"$@\" '"
            + System.getProperty("java.class.path")
            + "'; cp=; continue; fi; [ \"$a\" = -cp ] && cp=1; set -- \"$@\" \"$a\"; done\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' \"$@\"\n");
    Path cafe = Files.createDirectories(folder.resolve("caf\u00e9"));
    Files.writeString(
        cafe.resolve("catalog.conf"), "namespaces.ci { include \"\u65e5\u672c.conf\" }\n");
    Files.writeString(
        cafe.resolve("\u65e5\u672c.conf"),
        "a { description = \"Caf\u00e9 \u2014 \u65e5\u672c\u8a9e\", tags.x = \"quay.io/a/a:1\""
            + " }\n");
    Path manifests = Files.createDirectories(folder.resolve("manifests"));
    Files.writeString(
        manifests.resolve("\u00fc.yaml"),
        "apiVersion: image.openshift.io/v1\n"
            + "kind: ImageStream\n"
            + "metadata:\n"
            + "  name: a\n"
            + "  namespace: ci\n"
            + "  annotations:\n"
            + "    openshift.io/description: Caf\u00e9 \u2014 \u65e5\u672c\u8a9e\n"
            + "spec:\n"
            + "  tags:\n"
            + "  - name: x\n"
            + "    from: {kind: DockerImage, name: quay.io/a/a:1}\n");

    Run validate =
        posix(
            "validate --catalog '"
                + cafe.resolve("catalog.conf")
                + "' --templates '"
                + Path.of("templates").toAbsolutePath()
                + "'",
            Map.of());
    assertEquals(0, validate.status(), validate.err());
    assertTrue(validate.out().contains("caf\u00e9/catalog.conf: 1 namespaces"), validate.out());
    Run imported = posix("import '" + manifests + "'", Map.of());
    assertEquals(0, imported.status(), imported.err());
    assertTrue(
        imported.out().contains("description = \"Caf\u00e9 \u2014 \u65e5\u672c\u8a9e\""),
        imported.out());
    assertTrue(imported.out().contains("\u00fc.yaml\n"), imported.out());
  }

  /** The launcher in a shell with nothing of the locale set, and only these variables. */
  private Run posix(String arguments, Map<String, String> variables) throws Exception {
    var builder = new ProcessBuilder("sh", "-c", "exec \"$0\" " + arguments, launcher.toString());
    builder.environment().clear();
    builder.environment().putAll(variables);
    builder.environment().put("PATH", fakeJava.getParent() + ":/usr/bin:/bin");
    builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new Run(process.exitValue(), out, err);
  }
}
