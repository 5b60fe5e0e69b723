package org.imagecatalog.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing is all or nothing, leaves no temporary behind, and follows no link. */
class OutputWriterTest {
  @TempDir Path folder;

  private TreeDiff writing(List<String> leftovers, String... pathsAndTexts) {
    var changes = new java.util.ArrayList<TreeDiff.Change>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      String path = pathsAndTexts[i];
      String text = pathsAndTexts[i + 1];
      changes.add(new TreeDiff.Change(path, text, false, true, path, "", text));
    }
    return new TreeDiff(folder, changes, List.of(), List.of(), List.of(), leftovers);
  }

  @Test
  void theLeftoversOfAKilledRunAreRemoved() throws IOException {
    Files.writeString(folder.resolve(".image-catalog-x1-0.tmp"), "half-written by a killed run");
    Files.writeString(folder.resolve(".image-catalog-x2-7.tmp"), "another one");
    assertEquals(
        List.of(),
        OutputWriter.write(
            writing(
                List.of(".image-catalog-x1-0.tmp", ".image-catalog-x2-7.tmp"), "a.yaml", "new\n"),
            RunLock.none()));
    assertEquals("new\n", Files.readString(folder.resolve("a.yaml")));
    try (var files = Files.list(folder)) {
      assertEquals(List.of("a.yaml"), files.map(f -> f.getFileName().toString()).toList());
    }
  }

  @Test
  void aFailureBeforeTheFirstRenameChangesNothing() throws IOException {
    Files.writeString(folder.resolve("kept.yaml"), "old\n");
    Files.writeString(folder.resolve("blocked"), "a file where a folder goes\n");
    var problems =
        OutputWriter.write(
            writing(List.of(), "kept.yaml", "new\n", "new/c.yaml", "c\n", "blocked/b.yaml", "b\n"),
            RunLock.none());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("nothing was changed"), problems.toString());
    assertEquals("old\n", Files.readString(folder.resolve("kept.yaml")));
    assertFalse(Files.exists(folder.resolve("new")), "a folder made for the run goes again");
    try (var files = Files.list(folder)) {
      assertEquals(
          List.of("blocked", "kept.yaml"),
          files.map(f -> f.getFileName().toString()).sorted().toList(),
          "no temporary file is left");
    }
  }

  /**
   * A lock file deleted (or replaced) while a run holds it would let a second writer lock a new
   * file of the same name: the run that held the old one sees it at write time, and writes nothing.
   */
  @Test
  void aLockRemovedWhileHeldStopsTheWriteBeforeAnythingChanges() throws IOException {
    StateFolder state = StateFolder.of(folder.resolve("cache"), folder.resolve("root"));
    Files.writeString(folder.resolve("kept.yaml"), "old\n");
    try (RunLock lock = state.lockForWriting().get()) {
      Files.delete(state.lock());
      try (RunLock second = state.lockForWriting().get()) {
        var problems = OutputWriter.write(writing(List.of(), "kept.yaml", "new\n"), lock);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(
            problems.get(0).message().contains("was removed or replaced"), problems.toString());
        assertEquals("old\n", Files.readString(folder.resolve("kept.yaml")));
        assertEquals(
            List.of(), OutputWriter.write(writing(List.of(), "kept.yaml", "new\n"), second));
      }
    }
    assertEquals("new\n", Files.readString(folder.resolve("kept.yaml")));
  }

  /** A FIFO, a link or a folder where the lock goes is refused by name; opening it never waits. */
  @Test
  void aLockThatIsNotARegularFileIsRefusedAndNeverWaitedOn() throws Exception {
    StateFolder state = StateFolder.of(folder.resolve("cache"), folder.resolve("root"));
    state.lockForWriting().get().close();
    Files.delete(state.lock());
    Process mkfifo = new ProcessBuilder("mkfifo", state.lock().toString()).start();
    assertEquals(0, mkfifo.waitFor());
    var writing = state.lockForWriting();
    assertFalse(writing.ok());
    assertEquals(
        "the lock file is not a regular file (a link, a FIFO, a folder or a device): image-catalog"
            + " locks only a regular file of its own; remove it",
        writing.diagnostics().get(0).message());
    assertFalse(state.lockForReading().ok(), "a reader is refused the same way");
  }
}
