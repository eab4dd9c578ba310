package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.CheckOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Signed fixtures made with ldns-signzone (the command is in each file's first lines) and ways to
 * break them: {@code ECDSA} is one P-256 KSK and ZSK with NSEC, {@code TWO_ALGORITHMS} an RSA-2048
 * and an Ed25519 key signing everything, with NSEC3. {@code NSEC} and {@code NSEC3} (opt-out, salt
 * abcd, no extra iterations) sign one zone with empty non-terminals, a wildcard, a secure and two
 * insecure delegations, one of them below an empty non-terminal.
 */
final class Signed {
  static final String ECDSA = read("example.com.signed");
  static final String TWO_ALGORITHMS = read("two-algorithms.signed");
  static final String NSEC = read("denial-nsec.signed");
  static final String NSEC3 = read("denial-nsec3.signed");

  /** A time inside the fixtures' signature windows (2024 to 2090). */
  static final CheckOptions IN_WINDOW =
      CheckOptions.DEFAULTS.withDnssecTime(Instant.parse("2026-11-23T12:00:00Z"), 7);

  private Signed() {}

  private static String read(String name) {
    try (InputStream in = Signed.class.getResourceAsStream("/dev/zonelint/dnssec/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based number of the first line that starts with {@code prefix}. */
  static int line(String zone, String prefix) {
    String[] lines = zone.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line starts with " + prefix);
  }

  /** The zone without the lines that start with any of the prefixes. */
  static String without(String zone, String... prefixes) {
    List<String> kept = new ArrayList<>();
    for (String l : zone.split("\n", -1)) {
      boolean drop = false;
      for (String p : prefixes) {
        drop |= l.startsWith(p);
      }
      if (!drop) {
        kept.add(l);
      }
    }
    return String.join("\n", kept);
  }

  /** The zone without any record of this type. */
  static String withoutType(String zone, String type) {
    List<String> kept = new ArrayList<>();
    for (String l : zone.split("\n", -1)) {
      if (!l.contains("\t" + type + "\t")) {
        kept.add(l);
      }
    }
    return String.join("\n", kept);
  }

  /** The zone with {@code text} added as lines at its end; the first is line {@link #end}. */
  static String append(String zone, String text) {
    return zone + text + "\n";
  }

  /** The number of the line that text appended to the zone starts on. */
  static int end(String zone) {
    return zone.split("\n", -1).length;
  }

  /** The zone with {@code from} replaced by {@code to} in the first line starting with prefix. */
  static String edit(String zone, String prefix, String from, String to) {
    int n = line(zone, prefix) - 1;
    String[] lines = zone.split("\n", -1);
    if (!lines[n].contains(from)) {
      throw new IllegalArgumentException(prefix + " line has no " + from);
    }
    lines[n] = lines[n].replace(from, to);
    return String.join("\n", lines);
  }
}
