package org.imagecatalog.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
  private static Diagnostic warning(String file, int line, String path, String code, String text) {
    return Diagnostic.warning(code, new SourcePosition(file, line), path, text);
  }

  @Test
  void sortedByFileLinePathCodeAndMessageWithoutRepeats() {
    Diagnostic b10 = warning("b.conf", 10, "ci/x:1", "mutable-tag", "m");
    Diagnostic b9 = warning("b.conf", 9, "ci/x:1", "mutable-tag", "m");
    Diagnostic a20 = warning("a.conf", 20, "ci/x:1", "mutable-tag", "m");
    Diagnostic b9PathA = warning("b.conf", 9, "ci/a:1", "mutable-tag", "m");
    Diagnostic b9CodeD = warning("b.conf", 9, "ci/x:1", "docker-hub", "m");
    Diagnostic b9TextA = warning("b.conf", 9, "ci/x:1", "mutable-tag", "a");
    // The same file in another String instance, and an exact repeat.
    Diagnostic b9Again =
        warning(new String("b.conf".toCharArray()), 9, "ci/x:1", "mutable-tag", "m");
    var diagnostics = new Diagnostics();
    List.of(b10, b9, a20, b9Again, b9PathA, b9CodeD, b9TextA).forEach(diagnostics::add);

    assertEquals(List.of(a20, b9PathA, b9CodeD, b9TextA, b9, b10), diagnostics.sorted());
  }

  @Test
  void thenKeepsBothStagesSortedTogether() {
    Diagnostic first = warning("a.conf", 1, "", "x", "m");
    Diagnostic second = warning("a.conf", 2, "", "x", "m");
    Diagnostic third = warning("b.conf", 1, "", "x", "m");
    var stage1 = new Diagnostics();
    stage1.add(third);
    stage1.add(first);
    var stage2 = new Diagnostics();
    stage2.add(second);
    stage2.add(first);

    Result<String> both = Result.of("one", stage1).then(one -> Result.of("two", stage2));

    assertEquals(List.of(first, second, third), both.diagnostics());
  }
}
