package dev.zonelint.zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For each type below 128, the positions in canonical order of the in-zone names that own a real
 * record of it: rules about a few types (CNAME, DS, TXT) visit those names only, where each walked
 * every name. Filled while the tree is linked, which touches each name in canonical order anyway; a
 * walk of its own over a million names cost ~0.2 s of cache misses in the check.
 */
final class TypeIndex {
  private final int[][] positions = new int[128][];
  private final int[] sizes = new int[128];

  /** Notes the types of the name at {@code position}; positions are added in increasing order. */
  void add(Node node, int position) {
    for (long bits = node.typesBelow64(); bits != 0; bits &= bits - 1) {
      append(Long.numberOfTrailingZeros(bits), position);
    }
    for (long bits = node.types64To127(); bits != 0; bits &= bits - 1) {
      append(64 + Long.numberOfTrailingZeros(bits), position);
    }
  }

  /** Adds {@code other}'s positions, each moved by {@code offset}, after these. */
  void append(TypeIndex other, int offset) {
    for (int type = 0; type < 128; type++) {
      for (int k = 0; k < other.sizes[type]; k++) {
        append(type, other.positions[type][k] + offset);
      }
    }
  }

  private void append(int type, int position) {
    int[] list = positions[type];
    if (list == null) {
      list = new int[16];
      positions[type] = list;
    } else if (sizes[type] == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      positions[type] = list;
    }
    list[sizes[type]++] = position;
  }

  /** The names of {@code nodes} owning any of {@code types}, in their order. */
  List<Node> nodesWith(Node[] nodes, int... types) {
    int[] merged = new int[0];
    int size = 0;
    for (int type : types) {
      if (type < 0 || type >= 128) {
        throw new IllegalArgumentException("type " + type + " is not below 128");
      }
      if (sizes[type] > 0) {
        merged = size == 0 ? positions[type] : union(merged, size, positions[type], sizes[type]);
        size = size == 0 ? sizes[type] : merged.length;
      }
    }
    List<Node> out = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      out.add(nodes[merged[k]]);
    }
    return out;
  }

  /** The sorted union of the first {@code m} and {@code n} positions of two sorted arrays. */
  private static int[] union(int[] a, int m, int[] b, int n) {
    int[] out = new int[m + n];
    int i = 0;
    int j = 0;
    int size = 0;
    while (i < m || j < n) {
      if (j == n || (i < m && a[i] < b[j])) {
        out[size++] = a[i++];
      } else if (i == m || b[j] < a[i]) {
        out[size++] = b[j++];
      } else {
        out[size++] = a[i++];
        j++;
      }
    }
    return Arrays.copyOf(out, size);
  }
}
