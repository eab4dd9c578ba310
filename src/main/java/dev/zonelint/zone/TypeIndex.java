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
  // Indexes of later stretches of the order, joined without copying: the tree's halves are linked
  // apart, and copying their positions into one index left the halves' arrays, and the doublings
  // of the copies, as old-generation garbage (a 5M-record zone: ~60 MB).
  private final List<Part> parts = new ArrayList<>(0);

  /** An index whose positions count from {@code offset}. */
  private record Part(TypeIndex index, int offset) {}

  /** An index that only joins the indexes of the parts of the order ({@link #append}). */
  TypeIndex() {}

  /**
   * An index for {@code share} of the names of a zone whose names own each type {@code counts[t]}
   * times, with room for a tenth more of each before it grows: sized as it fills, each position
   * array doubled from 16, the index left its doublings and up to half of each array unused (5M
   * records: the heap's int arrays 38.6 MB live, now 28.6 MB). Types are not spread evenly over the
   * canonical order, so the room is a guess; past it an array grows by half.
   */
  TypeIndex(int[] counts, double share) {
    for (int type = 0; type < counts.length; type++) {
      if (counts[type] > 0) {
        positions[type] = new int[(int) Math.min(counts[type], counts[type] * share * 1.1) + 16];
      }
    }
  }

  /** Adds one to {@code counts[t]} for each type {@code t} below 128 the name owns. */
  static void count(Node node, int[] counts) {
    for (long bits = node.typesBelow64(); bits != 0; bits &= bits - 1) {
      counts[Long.numberOfTrailingZeros(bits)]++;
    }
    for (long bits = node.types64To127(); bits != 0; bits &= bits - 1) {
      counts[64 + Long.numberOfTrailingZeros(bits)]++;
    }
  }

  /** Notes the types of the name at {@code position}; positions are added in increasing order. */
  void add(Node node, int position) {
    for (long bits = node.typesBelow64(); bits != 0; bits &= bits - 1) {
      append(Long.numberOfTrailingZeros(bits), position);
    }
    for (long bits = node.types64To127(); bits != 0; bits &= bits - 1) {
      append(64 + Long.numberOfTrailingZeros(bits), position);
    }
  }

  /**
   * Adds {@code other}'s positions, each moved by {@code offset}, after these: {@code offset} is
   * past every position here and in the parts added before, and {@code other} has no parts itself.
   */
  void append(TypeIndex other, int offset) {
    if (!other.parts.isEmpty()) {
      throw new IllegalArgumentException("an appended index has parts of its own");
    }
    parts.add(new Part(other, offset));
  }

  private void append(int type, int position) {
    int[] list = positions[type];
    if (list == null) {
      list = new int[16];
      positions[type] = list;
    } else if (sizes[type] == list.length) {
      list = Arrays.copyOf(list, list.length + list.length / 2);
      positions[type] = list;
    }
    list[sizes[type]++] = position;
  }

  /** The names of {@code nodes} owning any of {@code types}, in their order. */
  List<Node> nodesWith(Node[] nodes, int... types) {
    for (int type : types) {
      if (type < 0 || type >= 128) {
        throw new IllegalArgumentException("type " + type + " is not below 128");
      }
    }
    List<Part> all = new ArrayList<>(parts.size() + 1);
    all.add(new Part(this, 0));
    all.addAll(parts);
    int[][] merged = new int[all.size()][];
    int[] counts = new int[all.size()];
    int total = 0;
    for (int i = 0; i < merged.length; i++) {
      merged[i] = all.get(i).index.positionsWith(types, counts, i);
      total += counts[i];
    }
    List<Node> out = new ArrayList<>(total);
    for (int i = 0; i < merged.length; i++) {
      int offset = all.get(i).offset;
      for (int k = 0; k < counts[i]; k++) {
        out.add(nodes[offset + merged[i][k]]);
      }
    }
    return out;
  }

  /**
   * The sorted positions here (parts aside) of names owning any of {@code types}: an array whose
   * first {@code counts[slot]} entries hold them.
   */
  private int[] positionsWith(int[] types, int[] counts, int slot) {
    int[] merged = new int[0];
    int size = 0;
    for (int type : types) {
      if (sizes[type] > 0) {
        merged = size == 0 ? positions[type] : union(merged, size, positions[type], sizes[type]);
        size = size == 0 ? sizes[type] : merged.length;
      }
    }
    counts[slot] = size;
    return merged;
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
