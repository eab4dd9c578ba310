package dev.zonelint.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fetches the source lines that diagnostics quote, reading each file once and keeping only the
 * wanted lines, so that quoting a few lines of a 60 MB zone costs no memory. Lines end at LF, CR LF
 * or a lone CR, as the lexer counts them.
 */
final class SourceLines {
  private static final int MAX_LINE = 500;
  private final Map<String, Map<Integer, String>> cache = new HashMap<>();

  /** Loads the given lines of a file; unreadable files quietly give no lines. */
  void load(String path, Set<Integer> lines) {
    Map<Integer, String> found = new HashMap<>();
    cache.put(path, found);
    TreeSet<Integer> wanted = new TreeSet<>(lines);
    if (wanted.isEmpty()) {
      return;
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (InputStream in = Files.newInputStream(Path.of(path));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
      int lineNo = 1;
      StringBuilder current = new StringBuilder();
      int last = wanted.last();
      int c;
      while (lineNo <= last && (c = reader.read()) != -1) {
        if (c == '\r' || c == '\n') {
          if (c == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
              reader.reset();
            }
          }
          if (wanted.contains(lineNo)) {
            found.put(lineNo, current.toString());
          }
          current.setLength(0);
          lineNo++;
        } else if (wanted.contains(lineNo) && current.length() < MAX_LINE) {
          current.append((char) c);
        }
      }
      if (wanted.contains(lineNo) && lineNo <= last) {
        found.put(lineNo, current.toString());
      }
    } catch (IOException | RuntimeException e) {
      // Quoting is a courtesy: the diagnostic itself is printed either way.
      found.clear();
    }
  }

  /** The line's text, or null if unknown. */
  String line(String path, int line) {
    Map<Integer, String> lines = cache.get(path);
    return lines == null ? null : lines.get(line);
  }
}
