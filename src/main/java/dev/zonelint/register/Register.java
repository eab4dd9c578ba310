package dev.zonelint.register;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * A service register: CSV rows {@code name,owner[,service]}, an optional header row starting with
 * {@code name}, blank lines and {@code #} comments allowed. Names are absolute, with or without the
 * trailing dot, in any letter case.
 */
public final class Register {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  /**
   * One row.
   *
   * @param owner the owning team or person, possibly empty
   * @param service what runs there, possibly empty
   * @param line the row's line in the file
   */
  public record Entry(Name name, String owner, String service, int line) {}

  private final String path;
  private final List<Entry> entries;
  private final Map<Name, List<Entry>> byName = new LinkedHashMap<>();

  private Register(String path, List<Entry> entries) {
    this.path = path;
    this.entries = Collections.unmodifiableList(entries);
    for (Entry e : entries) {
      byName.computeIfAbsent(e.name(), n -> new ArrayList<>(1)).add(e);
    }
  }

  /** Reads a register file; its path as given names it in findings. */
  public static Register read(Path file) throws IOException {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IOException("no such file or not readable");
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses register text.
   *
   * @throws IOException saying which line holds a row that is not {@code name,owner[,service]}
   */
  public static Register parse(String text, String displayPath) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      boolean first = true;
      int line = 1;
      int scanned = 0;
      for (CSVRecord row : parser) {
        for (; scanned < row.getCharacterPosition() && scanned < text.length(); scanned++) {
          line += text.charAt(scanned) == '\n' ? 1 : 0;
        }
        // The position is where the parser started: before any comments and blank lines.
        for (int end = text.indexOf('\n', scanned);
            end >= 0 && isSkipped(text.substring(scanned, end));
            end = text.indexOf('\n', scanned)) {
          scanned = end + 1;
          line++;
        }
        boolean header = first && row.get(0).equalsIgnoreCase("name");
        first = false;
        if (header) {
          continue;
        }
        if (row.size() > 3 || row.get(0).isEmpty()) {
          throw new IOException(
              displayPath
                  + ":"
                  + line
                  + ": expected name,owner[,service], got "
                  + row.size()
                  + " columns");
        }
        entries.add(
            new Entry(
                name(row.get(0), displayPath, line),
                row.size() > 1 ? row.get(1) : "",
                row.size() > 2 ? row.get(2) : "",
                line));
      }
    } catch (IllegalStateException | UncheckedIOException e) {
      throw new IOException(displayPath + ": not CSV: " + e.getMessage(), e);
    }
    return new Register(displayPath, entries);
  }

  private static Name name(String text, String path, int line) throws IOException {
    try {
      return Name.fromString(text, Name.root);
    } catch (TextParseException e) {
      throw new IOException(path + ":" + line + ": '" + text + "' is not a domain name", e);
    }
  }

  private static boolean isSkipped(String line) {
    String t = line.strip();
    return t.isEmpty() || t.startsWith("#");
  }

  /** The file's display path. */
  public String path() {
    return path;
  }

  /** Every row in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The rows for {@code name}, in file order; empty if none. */
  public List<Entry> find(Name name) {
    return byName.getOrDefault(name, List.of());
  }

  /** The rows of each name, names in first-seen order. */
  public Map<Name, List<Entry>> byName() {
    return Collections.unmodifiableMap(byName);
  }
}
