package org.imagecatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagOrderTest {
  @Test
  void versionsSortByNumberNotByText() {
    var expected =
        List.of(
            "1",
            "1.2",
            "1.9",
            "1.10",
            "1.10.1",
            "1.21",
            "2.0",
            "10",
            "latest",
            "v0.28.0",
            "v1.9.0-unstable",
            "v1.10.0-unstable");
    var shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(7));
    shuffled.sort(TagOrder.NAMES);
    assertEquals(expected, shuffled);
  }

  @Test
  void leadingZerosTieBreakByTextSoTheOrderIsTotal() {
    var names = new ArrayList<>(List.of("01", "1", "001"));
    names.sort(TagOrder.NAMES);
    assertEquals(List.of("001", "01", "1"), names);
  }
}
