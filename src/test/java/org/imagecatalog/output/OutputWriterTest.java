package org.imagecatalog.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing is all or nothing, leaves no temporary behind, and follows no link. */
class OutputWriterTest {
  @TempDir Path folder;

  private TreeDiff writing(List<String> leftovers, String... pathsAndTexts) {
    var changes = new java.util.ArrayList<TreeDiff.Change>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      changes.add(new TreeDiff.Change(pathsAndTexts[i], pathsAndTexts[i + 1], Optional.empty()));
    }
    return new TreeDiff(folder, changes, List.of(), List.of(), List.of(), leftovers);
  }

  @Test
  void theLeftoversOfAKilledRunAreReplacedAndRemoved() throws IOException {
    Files.writeString(folder.resolve(".image-catalog-0.tmp"), "half-written by a killed run");
    Files.writeString(folder.resolve(".image-catalog-7.tmp"), "another one");
    assertEquals(
        List.of(),
        OutputWriter.write(
            writing(List.of(".image-catalog-0.tmp", ".image-catalog-7.tmp"), "a.yaml", "new\n")));
    assertEquals("new\n", Files.readString(folder.resolve("a.yaml")));
    try (var files = Files.list(folder)) {
      assertEquals(List.of("a.yaml"), files.map(f -> f.getFileName().toString()).toList());
    }
  }

  @Test
  void aTemporaryNameThatIsALinkIsNotFollowed() throws IOException {
    Path elsewhere = Files.writeString(folder.resolve("elsewhere.txt"), "keep me");
    Files.createSymbolicLink(folder.resolve(".image-catalog-0.tmp"), elsewhere);
    assertFalse(OutputWriter.write(writing(List.of(), "a.yaml", "new\n")).isEmpty());
    assertEquals("keep me", Files.readString(elsewhere));
    assertFalse(Files.exists(folder.resolve("a.yaml")));
    assertFalse(
        Files.exists(folder.resolve(".image-catalog-0.tmp"), LinkOption.NOFOLLOW_LINKS),
        "the failed run cleans up, so the next one succeeds");
    assertEquals(List.of(), OutputWriter.write(writing(List.of(), "a.yaml", "new\n")));
  }

  @Test
  void aFailureBeforeTheFirstRenameChangesNothing() throws IOException {
    Files.writeString(folder.resolve("kept.yaml"), "old\n");
    Path blocked = Files.createDirectories(folder.resolve("blocked"));
    Files.createDirectory(blocked.resolve(".image-catalog-1.tmp")); // cannot be written as a file
    var problems =
        OutputWriter.write(
            writing(List.of(), "kept.yaml", "new\n", "blocked/b.yaml", "b\n", "new/c.yaml", "c\n"));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("nothing was changed"), problems.toString());
    assertEquals("old\n", Files.readString(folder.resolve("kept.yaml")));
    assertFalse(Files.exists(folder.resolve("new")), "a folder made for the run goes again");
    assertFalse(Files.exists(folder.resolve(".image-catalog-0.tmp")));
  }
}
