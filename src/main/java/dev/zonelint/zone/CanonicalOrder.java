package dev.zonelint.zone;

import java.util.Arrays;
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
  static byte[][] sort(Node[] nodes, Name origin) {
    int skip = origin.labels() - 1;
    Keyed[] keyed = new Keyed[nodes.length];
    // The keys of a million names took 0.6 s on one core, most of the tree's build: large zones
    // get them on all cores, in chunks. Small ones keep a plain loop: a stream costs start-up time.
    if (nodes.length < PARALLEL_THRESHOLD) {
      for (int i = 0; i < nodes.length; i++) {
        keyed[i] = keyed(nodes[i], skip);
      }
    } else {
      int chunks = 64;
      IntStream.range(0, chunks)
          .parallel()
          .forEach(
              c -> {
                int end = (int) ((long) nodes.length * (c + 1) / chunks);
                for (int i = (int) ((long) nodes.length * c / chunks); i < end; i++) {
                  keyed[i] = keyed(nodes[i], skip);
                }
              });
    }
    Arrays.parallelSort(keyed, CanonicalOrder::compare);
    byte[][] keys = new byte[nodes.length][];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = keyed[i].node;
      keys[i] = keyed[i].key;
    }
    return keys;
  }

  private static Keyed keyed(Node node, int skip) {
    byte[] key = key(node.name(), skip);
    return new Keyed(prefix(key), key, node);
  }

  /** Whether the name keyed {@code key} is at or below the one keyed {@code ancestor}. */
  static boolean below(byte[] key, byte[] ancestor) {
    return key.length >= ancestor.length
        && Arrays.equals(key, 0, ancestor.length, ancestor, 0, ancestor.length);
  }

  /** The number of labels in {@code key} from byte {@code from} on (each ends with a 0 byte). */
  static int labels(byte[] key, int from) {
    int count = 0;
    for (int i = from; i < key.length; i++) {
      if (key[i] == 0) {
        count++;
      }
    }
    return count;
  }

  /** The key of the name {@code strip} labels above the one keyed {@code key}. */
  static byte[] parentKey(byte[] key, int strip) {
    int keep = labels(key, 0) - strip;
    int end = 0;
    while (keep > 0) {
      if (key[end++] == 0) {
        keep--;
      }
    }
    return Arrays.copyOf(key, end);
  }

  private static int compare(Keyed a, Keyed b) {
    int c = Long.compareUnsigned(a.prefix, b.prefix);
    return c != 0 ? c : Arrays.compareUnsigned(a.key, b.key);
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

  /** A node with its sort key, alive only while sorting. */
  private static final class Keyed {
    final long prefix;
    final byte[] key;
    final Node node;

    Keyed(long prefix, byte[] key, Node node) {
      this.prefix = prefix;
      this.key = key;
      this.node = node;
    }
  }
}
