package dev.zonelint.zone;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.xbill.DNS.Name;

/**
 * Sorts a zone's names in canonical DNS order (RFC 4034 §6.1) through precomputed keys whose plain
 * unsigned byte order is that order: the labels below the origin from the top down, lower-cased,
 * each ended by a 0 byte (bytes 0 and 1 inside a label are escaped as 1 1 and 1 2, so a shorter
 * label still sorts first). The first eight key bytes are also kept as a number, so most
 * comparisons never touch the key arrays. Sorting with dnsjava's {@code Name.compareTo} was the
 * largest single cost of loading a million-name zone.
 */
final class CanonicalOrder {
  private CanonicalOrder() {}

  /** Below this many names the keys are made on one thread: a pool costs more than it saves. */
  private static final int PARALLEL_THRESHOLD = 20_000;

  /**
   * Sorts names that are all at or below {@code origin} and returns their keys in the new order: a
   * name is below another exactly when the other's key is a prefix of its own.
   */
  static SortKeys sort(Node[] nodes, Name origin) {
    int skip = origin.labels() - 1;
    int n = nodes.length;
    int[] starts = new int[n];
    int[] ends = new int[n];
    long[] prefixes = new long[n];
    boolean parallel = n >= PARALLEL_THRESHOLD;
    // The keys of a million names took 0.6 s on one core, most of the tree's build: large zones
    // get them on all cores, in chunks, each packed into an array of its own and then joined.
    // Small ones keep a plain loop: a stream costs start-up time.
    int chunks = parallel ? 64 : 1;
    byte[][] parts = new byte[chunks][];
    if (!parallel) {
      parts[0] = makeKeys(nodes, skip, starts, ends, prefixes, 0, n);
    } else {
      IntStream.range(0, chunks)
          .parallel()
          .forEach(
              c ->
                  parts[c] =
                      makeKeys(
                          nodes,
                          skip,
                          starts,
                          ends,
                          prefixes,
                          (int) ((long) n * c / chunks),
                          (int) ((long) n * (c + 1) / chunks)));
    }
    SortKeys keys = join(parts, starts, ends, n);
    // Positions sorted by key, not objects: no object per name for the collector to copy, and
    // two halves sorted at once (Arrays.parallelSort sorts on one thread where the common pool
    // has one worker, as on two cores).
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] scratch = new int[n];
    Comparison byKey =
        (a, b) -> {
          int c = Long.compareUnsigned(prefixes[a], prefixes[b]);
          return c != 0 ? c : keys.compare(a, b);
        };
    if (parallel) {
      int half = n / 2;
      CompletableFuture<Void> first =
          CompletableFuture.runAsync(() -> mergeSort(order, scratch, 0, half, byKey));
      mergeSort(order, scratch, half, n, byKey);
      first.join();
      merge(order, scratch, 0, half, n, byKey);
    } else {
      mergeSort(order, scratch, 0, n, byKey);
    }
    Node[] unsorted = nodes.clone();
    for (int i = 0; i < n; i++) {
      nodes[i] = unsorted[order[i]];
    }
    return keys.permuted(order);
  }

  /**
   * Packs the keys of {@code nodes[from, to)} into one array, noting where each starts and ends in
   * it, and each one's first eight bytes.
   */
  private static byte[] makeKeys(
      Node[] nodes, int skip, int[] starts, int[] ends, long[] prefixes, int from, int to) {
    byte[] packed = new byte[Math.max(16, (to - from) * 24)];
    int used = 0;
    for (int i = from; i < to; i++) {
      byte[] key = key(nodes[i].name(), skip);
      if (used + key.length > packed.length) {
        packed = Arrays.copyOf(packed, Math.max(packed.length * 2, used + key.length));
      }
      System.arraycopy(key, 0, packed, used, key.length);
      starts[i] = used;
      used += key.length;
      ends[i] = used;
      prefixes[i] = prefix(key);
    }
    return Arrays.copyOf(packed, used);
  }

  /** Joins the chunks' arrays into one, moving each key's place by its chunk's start. */
  private static SortKeys join(byte[][] parts, int[] starts, int[] ends, int n) {
    int total = 0;
    for (byte[] part : parts) {
      total += part.length;
    }
    byte[] bytes = new byte[total];
    int base = 0;
    for (int c = 0; c < parts.length; c++) {
      System.arraycopy(parts[c], 0, bytes, base, parts[c].length);
      int from = (int) ((long) n * c / parts.length);
      int to = (int) ((long) n * (c + 1) / parts.length);
      for (int i = from; i < to; i++) {
        starts[i] += base;
        ends[i] += base;
      }
      base += parts[c].length;
    }
    return new SortKeys(bytes, starts, ends);
  }

  /** Orders two positions by their names' keys. */
  private interface Comparison {
    int compare(int a, int b);
  }

  /** Sorts {@code order[from..to)}, using the same range of {@code scratch}. */
  private static void mergeSort(int[] order, int[] scratch, int from, int to, Comparison cmp) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int v = order[i];
        int j = i - 1;
        while (j >= from && cmp.compare(order[j], v) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(order, scratch, from, mid, cmp);
    mergeSort(order, scratch, mid, to, cmp);
    merge(order, scratch, from, mid, to, cmp);
  }

  /** Merges the sorted runs {@code order[from..mid)} and {@code order[mid..to)}. */
  private static void merge(int[] order, int[] scratch, int from, int mid, int to, Comparison cmp) {
    if (mid == from || mid == to || cmp.compare(order[mid - 1], order[mid]) <= 0) {
      return; // already in order, as runs of a sorted file are
    }
    System.arraycopy(order, from, scratch, from, to - from);
    int a = from;
    int b = mid;
    for (int out = from; out < to; out++) {
      if (b >= to || (a < mid && cmp.compare(scratch[a], scratch[b]) <= 0)) {
        order[out] = scratch[a++];
      } else {
        order[out] = scratch[b++];
      }
    }
  }

  /** The key of a name, leaving out its top {@code skip} labels (the origin's, root excluded). */
  static byte[] key(Name name, int skip) {
    // Lower-cased by dnsjava. Not toWire(): it makes a Name for every suffix of the name.
    byte[] wire = name.toWireCanonical();
    int labels = name.labels() - 1 - skip;
    int[] starts = new int[Math.max(labels, 0)];
    int at = 0;
    int size = 0;
    for (int i = 0; i < labels; i++) {
      starts[i] = at;
      int length = wire[at] & 0xFF;
      size += length + 1;
      for (int k = at + 1; k <= at + length; k++) {
        if ((wire[k] & 0xFF) <= 1) {
          size++;
        }
      }
      at += length + 1;
    }
    byte[] key = new byte[size];
    int out = 0;
    for (int i = labels - 1; i >= 0; i--) {
      int start = starts[i];
      int length = wire[start] & 0xFF;
      for (int k = start + 1; k <= start + length; k++) {
        int b = wire[k] & 0xFF;
        if (b <= 1) {
          key[out++] = 1;
          key[out++] = (byte) (b + 1);
        } else {
          key[out++] = (byte) b;
        }
      }
      key[out++] = 0;
    }
    return key;
  }

  private static long prefix(byte[] key) {
    long p = 0;
    for (int i = 0; i < 8; i++) {
      p = (p << 8) | (i < key.length ? key[i] & 0xFF : 0);
    }
    return p;
  }
}
