package org.imagecatalog.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files are named for the process, so a killed run can leave one behind. */
class OutputWriterTest {
  @TempDir Path folder;

  private Path leftoverFor(String name) {
    return folder.resolve(".image-catalog-" + name + "." + ProcessHandle.current().pid() + ".tmp");
  }

  private static TreeDiff writing(Path folder, String path, String text) {
    return new TreeDiff(
        folder,
        List.of(new TreeDiff.Change(path, text, Optional.empty())),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void aLeftoverTemporaryFileIsReplacedAndNothingIsLeftBehind() throws IOException {
    Files.writeString(leftoverFor("a.yaml"), "half-written by a killed run, and longer than new");
    assertEquals(List.of(), OutputWriter.write(writing(folder, "a.yaml", "new\n")));
    assertEquals("new\n", Files.readString(folder.resolve("a.yaml")));
    assertFalse(Files.exists(leftoverFor("a.yaml")));
  }

  @Test
  void aLeftoverSymbolicLinkIsNotFollowed() throws IOException {
    Path elsewhere = Files.writeString(folder.resolve("elsewhere.txt"), "keep me");
    Files.createSymbolicLink(leftoverFor("a.yaml"), elsewhere);
    assertFalse(OutputWriter.write(writing(folder, "a.yaml", "new\n")).isEmpty());
    assertEquals("keep me", Files.readString(elsewhere));
    assertFalse(Files.exists(folder.resolve("a.yaml")));
    assertFalse(
        Files.exists(leftoverFor("a.yaml"), LinkOption.NOFOLLOW_LINKS),
        "the failed run cleans up, so the next one succeeds");
    assertEquals(List.of(), OutputWriter.write(writing(folder, "a.yaml", "new\n")));
  }
}
