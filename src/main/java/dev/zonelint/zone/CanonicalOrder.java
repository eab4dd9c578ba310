package dev.zonelint.zone;

import java.util.Arrays;
import org.xbill.DNS.Name;

/**
 * Sorts names in canonical DNS order (RFC 4034 §6.1) through precomputed keys: the labels from the
 * root down, lower-cased, each with its length. Comparing keys is several times faster than
 * dnsjava's {@code Name.compareTo}, which re-reads and lower-cases labels on every comparison;
 * sorting was the largest cost of building a million-name zone.
 */
final class CanonicalOrder {
  private CanonicalOrder() {}

  static void sort(Node[] nodes) {
    Keyed[] keyed = new Keyed[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      keyed[i] = new Keyed(key(nodes[i].name()), nodes[i]);
    }
    Arrays.parallelSort(keyed, (a, b) -> compare(a.key, b.key));
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = keyed[i].node;
    }
  }

  /** A node with its sort key, alive only while sorting. */
  private static final class Keyed {
    final byte[] key;
    final Node node;

    Keyed(byte[] key, Node node) {
      this.key = key;
      this.node = node;
    }
  }

  /** Labels in reverse order as length-prefixed, lower-cased bytes. */
  static byte[] key(Name name) {
    byte[] wire = name.toWire();
    int labels = name.labels() - 1; // the root label sorts first and adds nothing
    int[] starts = new int[labels];
    int at = 0;
    for (int i = 0; i < labels; i++) {
      starts[i] = at;
      at += (wire[at] & 0xFF) + 1;
    }
    byte[] key = new byte[at];
    int out = 0;
    for (int i = labels - 1; i >= 0; i--) {
      int start = starts[i];
      int length = (wire[start] & 0xFF) + 1;
      for (int k = 0; k < length; k++) {
        byte b = wire[start + k];
        key[out++] = k > 0 && b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
      }
    }
    return key;
  }

  /** Label by label: shared bytes as unsigned octets, then the shorter label first. */
  static int compare(byte[] a, byte[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int la = a[i] & 0xFF;
      int lb = b[j] & 0xFF;
      int c = Arrays.compareUnsigned(a, i + 1, i + 1 + la, b, j + 1, j + 1 + lb);
      if (c != 0) {
        return c;
      }
      i += la + 1;
      j += lb + 1;
    }
    return Integer.compare(a.length - i, b.length - j);
  }
}
