package dev.zonelint.mail.spf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SPF records of domains outside the zone, so that lookups can be counted offline through the
 * includes of common mail providers. A file holds one {@code name<TAB>record} per line; blank lines
 * and lines starting with {@code #} are ignored; names are case-insensitive, a trailing dot is
 * optional. Immutable.
 */
public final class SpfKnownIncludes {
  private final Map<String, String> records;

  /** Names whose record comes from the shipped list, not from the user. */
  private final Set<String> shipped;

  private SpfKnownIncludes(Map<String, String> records, Set<String> shipped) {
    this.records = Collections.unmodifiableMap(records);
    this.shipped = Collections.unmodifiableSet(shipped);
  }

  /** The list shipped with zonelint (see the date in its header). */
  public static SpfKnownIncludes builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** No known records: every out-of-zone include counts as one unknown lookup. */
  public static SpfKnownIncludes empty() {
    return new SpfKnownIncludes(new TreeMap<>(), Set.of());
  }

  /**
   * These records plus those of a user's file; the file's entries replace same-named ones.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  public SpfKnownIncludes withFile(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return merged(read(in, file.toString()));
    }
  }

  /** These records plus those in {@code text} (same format as a file). */
  public SpfKnownIncludes withText(String text, String source) {
    try {
      return merged(read(new StringReader(text), source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The published record of a domain, or null if it is not known. */
  public String record(String domain) {
    return records.get(normalize(domain));
  }

  /**
   * Whether the domain's record is zonelint's dated copy rather than one the user supplied: counts
   * built on it are estimates, as providers change their records.
   */
  public boolean isShipped(String domain) {
    return shipped.contains(normalize(domain));
  }

  /** The known domain names, lower case, without trailing dot. */
  public Set<String> names() {
    return records.keySet();
  }

  private SpfKnownIncludes merged(Map<String, String> more) {
    Map<String, String> all = new TreeMap<>(records);
    all.putAll(more);
    Set<String> stillShipped = new TreeSet<>(shipped);
    stillShipped.removeAll(more.keySet());
    return new SpfKnownIncludes(all, stillShipped);
  }

  private static Map<String, String> read(Reader reader, String source) throws IOException {
    Map<String, String> out = new TreeMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String name = tab < 0 ? "" : normalize(line.substring(0, tab).strip());
      String record = tab < 0 ? "" : line.substring(tab + 1).strip();
      if (name.isEmpty() || !SpfRecord.isSpf(record)) {
        throw new IllegalArgumentException(
            source + ":" + number + ": expected 'domain<TAB>v=spf1 ...', got '" + line + "'");
      }
      out.put(name, record);
    }
    return out;
  }

  private static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** Loaded once, on first use. */
  private static final class BuiltIn {
    static final SpfKnownIncludes INSTANCE = load();

    private static SpfKnownIncludes load() {
      try {
        Map<String, String> records =
            read(new StringReader(BuiltInSpfRecords.TSV), "built-in SPF records");
        return new SpfKnownIncludes(records, records.keySet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
