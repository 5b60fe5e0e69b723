package org.imagecatalog.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.imagecatalog.diag.Diagnostic;
import org.imagecatalog.diag.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StampTest {
  @TempDir Path folder;

  @Test
  void diagnosticsWithTabsLineFeedsAndBackslashesReadBackAsWritten() {
    Diagnostic warning =
        Diagnostic.warning(
                "mutable-tag",
                new SourcePosition("/work/a\tb/catalog.conf", 12),
                "ci/x:latest",
                "ends in \\, has\ta tab,\na line feed and \\t written out")
            .withNote(new SourcePosition("/work/c\\d.conf", 3), "first\there\\n");
    Diagnostic plain =
        Diagnostic.note("import", SourcePosition.of("/work/e.yaml"), "", "nothing escaped");
    var stamp =
        new Stamp(
            "1.0",
            new TreeMap<>(Map.of("../catalog.conf", "3:1a")),
            new TreeMap<>(Map.of("docs/a b.md", "4:2b")),
            new TreeMap<>(),
            List.of(warning, plain));

    assertEquals(List.of(), stamp.write(folder));
    Optional<Stamp> read = Stamp.read(folder);

    assertEquals(Optional.of(stamp), read);
  }

  @Test
  void aStampWithoutItsLastLineFeedStillReads() throws IOException {
    Files.writeString(folder.resolve(Stamp.FILE_NAME), "# a comment\nversion 2.0");

    Optional<Stamp> read = Stamp.read(folder);

    assertTrue(read.isPresent());
    assertEquals("2.0", read.get().version());
  }

  @Test
  void aLineTheStampDoesNotKnowMakesItUnreadable() throws IOException {
    Files.writeString(folder.resolve(Stamp.FILE_NAME), "version 2.0\nsomething else\n");

    assertEquals(Optional.empty(), Stamp.read(folder));
  }
}
