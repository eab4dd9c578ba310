package dev.zonelint.zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For each type below 128, the positions in canonical order of the in-zone names that own a real
 * record of it. Made in one walk over the names, on first use: rules about a few types (CNAME, DS,
 * TXT) then visit those names only, where each walked every name (a walk over a million names costs
 * ~0.1 s of cache misses).
 */
final class TypeIndex {
  private final int[][] positions = new int[128][];

  TypeIndex(Node[] nodes) {
    int[] counts = new int[128];
    int[] types = new int[128];
    for (Node node : nodes) {
      for (int k = typesOf(node, types) - 1; k >= 0; k--) {
        counts[types[k]]++;
      }
    }
    for (int type = 0; type < 128; type++) {
      positions[type] = new int[counts[type]];
    }
    int[] filled = new int[128];
    for (int i = 0; i < nodes.length; i++) {
      for (int k = typesOf(nodes[i], types) - 1; k >= 0; k--) {
        positions[types[k]][filled[types[k]]++] = i;
      }
    }
  }

  /** Puts the types below 128 that {@code node} owns into {@code out}; returns how many. */
  private static int typesOf(Node node, int[] out) {
    int n = 0;
    for (long bits = node.typesBelow64(); bits != 0; bits &= bits - 1) {
      out[n++] = Long.numberOfTrailingZeros(bits);
    }
    for (long bits = node.types64To127(); bits != 0; bits &= bits - 1) {
      out[n++] = 64 + Long.numberOfTrailingZeros(bits);
    }
    return n;
  }

  /** The names of {@code nodes} owning any of {@code types}, in their order. */
  List<Node> nodesWith(Node[] nodes, int... types) {
    int[] merged = new int[0];
    for (int type : types) {
      if (type < 0 || type >= 128) {
        throw new IllegalArgumentException("type " + type + " is not below 128");
      }
      merged = union(merged, positions[type]);
    }
    List<Node> out = new ArrayList<>(merged.length);
    for (int at : merged) {
      out.add(nodes[at]);
    }
    return out;
  }

  /** The sorted union of two sorted arrays of distinct positions. */
  private static int[] union(int[] a, int[] b) {
    if (a.length == 0) {
      return b;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        out[n++] = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        out[n++] = b[j++];
      } else {
        out[n++] = a[i++];
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
