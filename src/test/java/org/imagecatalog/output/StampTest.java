package org.imagecatalog.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp, kept in the root's state folder outside the root, reads back as it was written. */
class StampTest {
  @TempDir Path folder;
  StateFolder state;

  @BeforeEach
  void state() throws IOException {
    state = StateFolder.of(folder.resolve("cache"), folder.resolve("root"));
    Files.createDirectories(state.folder());
  }

  @Test
  void diagnosticsWithTabsLineFeedsAndBackslashesReadBackAsWritten() {
    Diagnostic warning =
        Diagnostic.warning(
                "mutable-tag",
                new SourcePosition("../a\tb/catalog.conf", 12),
                "ci/x:latest",
                "ends in \\, has\ta tab,\na line feed and \\t written out")
            .withNote(new SourcePosition("c\\d.conf", 3), "first\there\\n");
    Diagnostic plain =
        Diagnostic.note("import", SourcePosition.of("e.yaml"), "", "nothing escaped");
    var stamp =
        new Stamp(
            "1.0",
            "/work\tcatalog.conf\ttemplates\tgenerated",
            new TreeSet<>(List.of("docs/", "a\tb/")),
            new TreeSet<>(List.of("mirror/_config.yaml")),
            new TreeMap<>(Map.of("/work/catalog.conf", "3:1a")),
            new TreeMap<>(Map.of("docs/a b.md", "4:2b", "line\nfeed.md", "1:1")),
            new TreeMap<>(Map.of("docs/OWNERS", "12:1700000000000")),
            List.of(warning, plain));

    assertEquals(List.of(), stamp.write(state));
    Optional<Stamp> read = Stamp.read(state);

    assertEquals(Optional.of(stamp), read);
  }

  @Test
  void aStampWithoutItsLastLineFeedStillReads() throws IOException {
    Files.writeString(state.stamp(), "# a comment\nversion 2.0\ninvocation x");

    Optional<Stamp> read = Stamp.read(state);

    assertTrue(read.isPresent());
    assertEquals("2.0", read.get().version());
  }

  @Test
  void aLineTheStampDoesNotKnowMakesItUnreadable() throws IOException {
    Files.writeString(state.stamp(), "version 2.0\ninvocation x\nsomething else\n");

    assertEquals(Optional.empty(), Stamp.read(state));
  }

  @Test
  void aStampThatIsNotARegularFileIsNotRead() throws IOException {
    Path target = Files.writeString(folder.resolve("elsewhere"), "version 2.0\ninvocation x\n");
    Files.createSymbolicLink(state.stamp(), target);

    assertEquals(Optional.empty(), Stamp.read(state));
    assertFalse(Files.isRegularFile(state.stamp(), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }
}
