package org.imagecatalog.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each diagnostics format back into the text form, one string a diagnostic with its notes, so
 * that tests can hold the formats to the same content.
 */
final class DiagnosticLines {
  private static final Pattern GITHUB =
      Pattern.compile(
          "::(error|warning|notice) (?:file=([^,]*)(?:,line=(\\d+))?,)?title=([^:]*)::(.*)");

  private DiagnosticLines() {}

  static List<String> fromText(String printed) {
    var blocks = new ArrayList<String>();
    for (String line : printed.lines().toList()) {
      if (line.startsWith("    ") && !blocks.isEmpty()) {
        blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + "\n" + line);
      } else {
        blocks.add(line);
      }
    }
    return blocks;
  }

  static List<String> fromGithub(String printed) {
    var blocks = new ArrayList<String>();
    for (String line : printed.lines().toList()) {
      Matcher m = GITHUB.matcher(line);
      if (!m.matches()) {
        throw new AssertionError("not a workflow command: " + line);
      }
      String position =
          m.group(2) == null
              ? ""
              : unescape(m.group(2)) + (m.group(3) == null ? "" : ":" + m.group(3)) + ": ";
      String[] data = unescape(m.group(5)).split("\n", -1);
      var block = new StringBuilder(position + m.group(1) + ": " + data[0]);
      for (int i = 1; i < data.length; i++) {
        block.append("\n    ").append(data[i]);
      }
      blocks.add(block.toString());
    }
    return blocks;
  }

  static List<String> fromJson(String printed) {
    var mapper = new ObjectMapper();
    var blocks = new ArrayList<String>();
    for (String line : printed.lines().toList()) {
      try {
        JsonNode d = mapper.readTree(line);
        var block = new StringBuilder(position(d)).append(d.path("severity").asText()).append(": ");
        if (!d.path("path").asText().isEmpty()) {
          block.append(d.path("path").asText()).append(": ");
        }
        block
            .append(d.path("message").asText())
            .append(" [")
            .append(d.path("code").asText())
            .append(']');
        for (JsonNode note : d.path("notes")) {
          block
              .append("\n    ")
              .append(position(note))
              .append("note: ")
              .append(note.path("message").asText());
        }
        blocks.add(block.toString());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return blocks;
  }

  private static String position(JsonNode d) {
    String file = d.path("file").asText();
    int line = d.path("line").asInt();
    return file.isEmpty() ? "" : file + (line > 0 ? ":" + line : "") + ": ";
  }

  private static String unescape(String text) {
    return text.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }
}
