package dev.zonelint.provider;

import dev.zonelint.zone.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  // Per label of each pattern: what a label ending in * must begin with, else null.
  private final List<String[]> prefixes = new ArrayList<>();
  private final List<T> values = new ArrayList<>();
  // The patterns a name can match, by its last two labels, in the order added: a name is tried
  // against a few patterns instead of all of them (this runs for every CNAME of a zone, and most
  // targets end in .com or .net). Patterns whose last label has a * are in every list, and alone
  // in wildcardLast for other last labels.
  private final Map<String, LastLabel> byLastLabel = new HashMap<>();
  private final List<Integer> wildcardLast = new ArrayList<>();
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
    String[] starts = new String[parts.length];
    for (int j = 0; j < parts.length; j++) {
      if (parts[j].endsWith("*")) {
        starts[j] = parts[j].substring(0, parts[j].length() - 1);
      }
    }
    int index = labels.size();
    labels.add(parts);
    prefixes.add(starts);
    values.add(value);
    longest = Math.max(longest, parts.length);
    String last = parts[parts.length - 1];
    if (starts[parts.length - 1] != null) {
      wildcardLast.add(index);
      byLastLabel.values().forEach(bucket -> bucket.addToAll(index));
    } else {
      LastLabel bucket = byLastLabel.computeIfAbsent(last, k -> new LastLabel(wildcardLast));
      if (parts.length >= 2 && starts[parts.length - 2] == null) {
        bucket.addWithSecond(parts[parts.length - 2], index);
      } else {
        bucket.addToAll(index);
      }
    }
    return this;
  }

  /** The value of the first pattern {@code name} matches, or null. */
  public T match(Name name) {
    int count = name.labels() - (name.isAbsolute() ? 1 : 0);
    if (count == 0) {
      return null;
    }
    // The name's last labels, rightmost first, lower-cased when first compared.
    String[] tail = new String[Math.min(count, longest)];
    tail[0] = label(name, count, 0);
    LastLabel bucket = byLastLabel.get(tail[0]);
    List<Integer> candidates;
    if (bucket == null) {
      candidates = wildcardLast;
    } else if (tail.length >= 2) {
      tail[1] = label(name, count, 1);
      candidates = bucket.candidates(tail[1]);
    } else {
      candidates = bucket.anySecond;
    }
    for (int k = 0; k < candidates.size(); k++) {
      int i = candidates.get(k);
      if (matches(name, count, tail, labels.get(i), prefixes.get(i))) {
        return values.get(i);
      }
    }
    return null;
  }

  /** The patterns for one last label: by the second label from the right where that is plain. */
  private static final class LastLabel {
    // Patterns any second label can match: one label long, a * in the second, or a * last.
    final List<Integer> anySecond;
    final Map<String, List<Integer>> bySecond = new HashMap<>();

    LastLabel(List<Integer> wildcardLast) {
      anySecond = new ArrayList<>(wildcardLast);
    }

    void addToAll(int index) {
      anySecond.add(index);
      bySecond.values().forEach(list -> list.add(index));
    }

    void addWithSecond(String second, int index) {
      bySecond.computeIfAbsent(second, k -> new ArrayList<>(anySecond)).add(index);
    }

    List<Integer> candidates(String second) {
      return bySecond.getOrDefault(second, anySecond);
    }
  }

  private static String label(Name name, int count, int fromRight) {
    return Labels.lowerCase(name, count - 1 - fromRight);
  }

  private static boolean matches(
      Name name, int count, String[] tail, String[] parts, String[] starts) {
    if (parts.length > tail.length) {
      return false;
    }
    for (int j = 0; j < parts.length; j++) {
      if (tail[j] == null) {
        tail[j] = label(name, count, j);
      }
      int p = parts.length - 1 - j;
      boolean ok = starts[p] != null ? tail[j].startsWith(starts[p]) : tail[j].equals(parts[p]);
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
