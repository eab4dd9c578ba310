package dev.zonelint.zone;

import java.util.Arrays;

/**
 * The canonical-order keys of a zone's names ({@link CanonicalOrder}), packed into one array: key
 * {@code i} is {@code bytes[start(i), end(i))}, the key of name {@code source(i)} of the names they
 * were made from. One array, not one per name: the keys live from the sort through the tree's link,
 * long enough for young collections to copy them, and a million small arrays cost the collector a
 * million copies (and old-generation garbage after).
 */
final class SortKeys {
  private final byte[] bytes;
  private final int[] starts;
  private final int[] ends;
  // Null while the keys are in the names' order.
  private final int[] sources;

  SortKeys(byte[] bytes, int[] starts, int[] ends) {
    this(bytes, starts, ends, null);
  }

  private SortKeys(byte[] bytes, int[] starts, int[] ends, int[] sources) {
    this.bytes = bytes;
    this.starts = starts;
    this.ends = ends;
    this.sources = sources;
  }

  /** The position of key {@code i}'s name among the names the keys were made from. */
  int source(int i) {
    return sources == null ? i : sources[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /**
   * The same keys in the order {@code order} gives (key {@code k} of the result is {@code
   * order[k]}, which is its source), in {@code room} and this one's start positions, which this one
   * no longer needs: no new arrays for the many names of a large zone. This object is unusable
   * afterwards.
   */
  SortKeys permuted(int[] order, int[] room) {
    for (int k = 0; k < order.length; k++) {
      room[k] = starts[order[k]];
    }
    int[] e = starts;
    for (int k = 0; k < order.length; k++) {
      e[k] = ends[order[k]];
    }
    return new SortKeys(bytes, room, e, order);
  }

  /** The array all keys are in, for {@link KeyMergeSort}. */
  byte[] bytes() {
    return bytes;
  }

  /**
   * Whether key {@code i} begins with {@code bytes[from, to)}: its name is at or below the name
   * whose key that is.
   */
  boolean startsWith(int i, int from, int to) {
    int length = to - from;
    return ends[i] - starts[i] >= length
        && Arrays.equals(bytes, starts[i], starts[i] + length, bytes, from, to);
  }

  /**
   * The number of labels in key {@code i} after its first {@code skip} bytes (each ends with 0).
   */
  int labelsAfter(int i, int skip) {
    int count = 0;
    for (int at = starts[i] + skip; at < ends[i]; at++) {
      if (bytes[at] == 0) {
        count++;
      }
    }
    return count;
  }

  /** Where the key of the name {@code strip} labels above key {@code i}'s name ends. */
  int ancestorEnd(int i, int strip) {
    int keep = labelsAfter(i, 0) - strip;
    int at = starts[i];
    while (keep > 0) {
      if (bytes[at++] == 0) {
        keep--;
      }
    }
    return at;
  }

  /** Where the first label of key {@code i} ends (after its 0), or the key's end. */
  int topLabelEnd(int i) {
    for (int at = starts[i]; at < ends[i]; at++) {
      if (bytes[at] == 0) {
        return at + 1;
      }
    }
    return ends[i];
  }

  /** Whether keys {@code a} and {@code b} differ in their first label. */
  boolean differAtTop(int a, int b) {
    return !Arrays.equals(bytes, starts[a], topLabelEnd(a), bytes, starts[b], topLabelEnd(b));
  }
}
