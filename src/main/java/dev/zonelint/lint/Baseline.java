package dev.zonelint.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Fingerprint;
import dev.zonelint.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The findings a repository has accepted for now, so that adopting zonelint on a large legacy
 * repository reports only new findings. Findings are matched by {@link Fingerprint} (rule, path,
 * owner, type, message; never the line), counted, so that a second identical finding is new.
 */
public final class Baseline {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int VERSION = 1;

  /** What a baseline entry records, for humans reading the file and for the match. */
  private record Entry(String rule, String path, String owner, String type, String message) {}

  private final Map<String, Integer> counts;
  private int matched;

  private Baseline(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /**
   * Reads a baseline file.
   *
   * @throws IOException if it cannot be read or is not a zonelint baseline
   */
  public static Baseline read(Path file) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a zonelint baseline (expected a JSON object)");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("findings") && p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            String fingerprint = null;
            int count = 1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              p.nextToken();
              if (key.equals("fingerprint")) {
                fingerprint = p.getText();
              } else if (key.equals("count")) {
                count = p.getIntValue();
              } else {
                p.skipChildren();
              }
            }
            if (fingerprint == null) {
              throw new IOException("a finding without a fingerprint");
            }
            counts.merge(fingerprint, count, Integer::sum);
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new IOException("not a zonelint baseline: " + e.getOriginalMessage(), e);
    }
    return new Baseline(counts);
  }

  /**
   * Writes the findings of a run as the new baseline, crash-safely.
   *
   * @param pathKey how a report path is stored (relative to the repository root)
   * @return the number of findings written
   */
  public static int write(Path file, List<FileReport> reports, UnaryOperator<String> pathKey)
      throws IOException {
    // Sorted by fingerprint so that a refreshed baseline diffs cleanly in review.
    Map<String, Entry> entries = new TreeMap<>();
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    for (FileReport r : reports) {
      for (Diagnostic d : r.diagnostics()) {
        String path = pathKey.apply(d.location().path());
        String fingerprint = Fingerprint.of(d, path);
        entries.putIfAbsent(
            fingerprint, new Entry(d.rule(), path, d.owner(), d.type(), d.message()));
        counts.merge(fingerprint, 1, Integer::sum);
        total++;
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "zonelint");
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("findings");
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        Entry entry = e.getValue();
        g.writeStartObject();
        g.writeStringField("fingerprint", e.getKey());
        g.writeNumberField("count", counts.get(e.getKey()));
        g.writeStringField("rule", entry.rule());
        g.writeStringField("path", entry.path());
        g.writeStringField("owner", entry.owner());
        g.writeStringField("type", entry.type());
        g.writeStringField("message", entry.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    bytes.write('\n');
    AtomicFiles.write(file, bytes.toByteArray());
    return total;
  }

  /** The reports without the findings this baseline accepts. */
  public List<FileReport> newFindings(List<FileReport> reports, UnaryOperator<String> pathKey) {
    Map<String, Integer> left = new HashMap<>(counts);
    List<FileReport> out = new ArrayList<>(reports.size());
    for (FileReport r : reports) {
      List<Diagnostic> kept = new ArrayList<>();
      for (Diagnostic d : r.diagnostics()) {
        String fingerprint = Fingerprint.of(d, pathKey.apply(d.location().path()));
        Integer n = left.get(fingerprint);
        if (n != null && n > 0) {
          left.put(fingerprint, n - 1);
          matched++;
        } else {
          kept.add(d);
        }
      }
      out.add(new FileReport(r.path(), r.origin(), r.originSource(), r.recordCount(), kept));
    }
    return out;
  }

  /** How many accepted findings were not seen by {@link #newFindings}: fixed since. */
  public int gone() {
    int total = 0;
    for (int n : counts.values()) {
      total += n;
    }
    return total - matched;
  }
}
