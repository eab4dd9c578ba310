package dev.zonelint.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xbill.DNS.Name;

/**
 * Host-name suffix patterns, each with a value, tried in the order added. A suffix matches the name
 * itself and every name below it; a label {@code *} matches any one label and a label ending in
 * {@code *} any label it begins ({@code s3-*.amazonaws.com}).
 *
 * @param <T> what a match yields
 */
public final class HostPatterns<T> {
  private final List<String[]> labels = new ArrayList<>();
  private final List<T> values = new ArrayList<>();
  private int longest;

  /** Patterns from rows of {suffix, value}. */
  public static HostPatterns<String> of(String[][] rows) {
    HostPatterns<String> patterns = new HostPatterns<>();
    for (String[] row : rows) {
      patterns.add(row[0], row[1]);
    }
    return patterns;
  }

  /** Adds a pattern, tried after those added before it. */
  public HostPatterns<T> add(String suffix, T value) {
    String[] parts = suffix.split("\\.", -1);
    labels.add(parts);
    values.add(value);
    longest = Math.max(longest, parts.length);
    return this;
  }

  /** The value of the first pattern {@code name} matches, or null. */
  public T match(Name name) {
    int count = name.labels() - (name.isAbsolute() ? 1 : 0);
    // The name's last labels, rightmost first, lower-cased once for all patterns.
    String[] tail = new String[Math.min(count, longest)];
    for (int j = 0; j < tail.length; j++) {
      tail[j] = name.getLabelString(count - 1 - j).toLowerCase(Locale.ROOT);
    }
    for (int i = 0; i < labels.size(); i++) {
      if (matches(tail, labels.get(i))) {
        return values.get(i);
      }
    }
    return null;
  }

  private static boolean matches(String[] tail, String[] parts) {
    if (parts.length > tail.length) {
      return false;
    }
    for (int j = 0; j < parts.length; j++) {
      String label = tail[j];
      String part = parts[parts.length - 1 - j];
      boolean ok =
          part.endsWith("*")
              ? label.startsWith(part.substring(0, part.length() - 1))
              : label.equals(part);
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
