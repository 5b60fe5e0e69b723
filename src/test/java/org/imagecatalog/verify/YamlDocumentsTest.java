package org.imagecatalog.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing back must read scalars as a YAML 1.1 reader does, or verification proves nothing. */
class YamlDocumentsTest {
  @Test
  void plainScalarsResolveByTheirTextAndQuotedOnesStayStrings() throws Exception {
    List<Object> documents =
        YamlDocuments.read(
            "# comment\n---\na: yes\nb: \"yes\"\nc: Off\nd: true\ne: 7\nf: '7'\ng: 1.10\nh: ~\n"
                + "i: null\nj: !!str 7\nk: text\nl: [x, 'y']\n---\n---\nz: 1\n");
    var first = new LinkedHashMap<String, Object>();
    first.put("a", true);
    first.put("b", "yes");
    first.put("c", false);
    first.put("d", true);
    first.put("e", 7);
    first.put("f", "7");
    first.put("g", 1.1);
    first.put("h", null);
    first.put("i", null);
    first.put("j", "7");
    first.put("k", "text");
    first.put("l", Arrays.asList("x", "y"));
    assertEquals(List.of(first, Map.of("z", 1)), documents);
  }

  @Test
  void aSyntaxErrorNamesItsLine() {
    var e =
        assertThrows(JsonProcessingException.class, () -> YamlDocuments.read("a: 1\nb: c: d\n"));
    assertEquals(2, e.getLocation().getLineNr());
  }
}
