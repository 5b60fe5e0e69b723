package org.imagecatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code acknowledge} edits the catalog as the maintainer left it: the tags that warn get their
 * {@code acknowledge} list, in the file that holds them, and every other byte stays.
 */
class AcknowledgeTest {
  @TempDir Path folder;

  @Test
  void onlyTheTagsThatWarnChangeAndOnlyWhereTheyAreWritten() throws IOException {
    Path catalog =
        Files.writeString(
            folder.resolve("catalog.conf"),
            "# The maintainer's catalog: comments, order and spacing are theirs.\n"
                + "vars.quay = \"quay.io\"\n"
                + "namespaces {\n"
                + "  ci {\n"
                + "    boskos {\n"
                + "      description = \"reviewed by hand\"   # keep me\n"
                + "      tags.latest = ${vars.quay}\"/boskos/boskos:latest\"   # moves\n"
                + "      tags.\"v1.0\" = \"quay.io/boskos/boskos:v1.0\"\n"
                + "    }\n"
                + "    hub {\n"
                + "      tags {\n"
                + "        stable {\n"
                + "          from = \"docker.io/library/alpine:stable\"\n"
                + "          acknowledge = [docker-hub]\n"
                + "        }\n"
                + "      }\n"
                + "    }\n"
                + "  }\n"
                + "  tools { include \"tools.conf\" }\n"
                + "}\n");
    Path tools =
        Files.writeString(
            folder.resolve("tools.conf"),
            "# An included file is edited where it is.\n"
                + "yq.tags { latest { from = \"quay.io/yq/yq:latest\", scheduled = false } }\n");
    CommandLineRun run = CommandLineRun.of(folder, "acknowledge", "--catalog", catalog.toString());
    assertEquals(new CommandLineRun(0, "catalog.conf: acknowledged 3 warnings\n", ""), run);
    assertEquals(
        "# The maintainer's catalog: comments, order and spacing are theirs.\n"
            + "vars.quay = \"quay.io\"\n"
            + "namespaces {\n"
            + "  ci {\n"
            + "    boskos {\n"
            + "      description = \"reviewed by hand\"   # keep me\n"
            + "      tags.latest = { from = ${vars.quay}\"/boskos/boskos:latest\", acknowledge ="
            + " [mutable-tag] }   # moves\n"
            + "      tags.\"v1.0\" = \"quay.io/boskos/boskos:v1.0\"\n"
            + "    }\n"
            + "    hub {\n"
            + "      tags {\n"
            + "        stable {\n"
            + "          from = \"docker.io/library/alpine:stable\"\n"
            + "          acknowledge = [docker-hub, mutable-tag]\n"
            + "        }\n"
            + "      }\n"
            + "    }\n"
            + "  }\n"
            + "  tools { include \"tools.conf\" }\n"
            + "}\n",
        Files.readString(catalog));
    assertEquals(
        "# An included file is edited where it is.\n"
            + "yq.tags { latest { from = \"quay.io/yq/yq:latest\", scheduled = false, acknowledge ="
            + " [mutable-tag] } }\n",
        Files.readString(tools));
    assertEquals(
        new CommandLineRun(
            0, "catalog.conf: 2 namespaces, 3 image streams, 4 tags, 0 warnings\n", ""),
        CommandLineRun.of(folder, "validate", "--catalog", catalog.toString()));
    assertEquals(
        new CommandLineRun(0, "catalog.conf: nothing to acknowledge\n", ""),
        CommandLineRun.of(folder, "acknowledge", "--catalog", catalog.toString()));
  }

  @Test
  void aCatalogWithErrorsIsNotEdited() throws IOException {
    String text =
        "namespaces.ci.s.tags.latest = \"quay.io/a/s:latest\"\n"
            + "namespaces.BAD.x.tags.v1 = \"q/a:1\"\n";
    Path catalog = Files.writeString(folder.resolve("catalog.conf"), text);
    CommandLineRun run = CommandLineRun.of(folder, "acknowledge", "--catalog", catalog.toString());
    assertEquals(2, run.status(), run.toString());
    assertEquals(text, Files.readString(catalog));
  }
}
