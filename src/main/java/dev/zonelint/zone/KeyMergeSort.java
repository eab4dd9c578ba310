package dev.zonelint.zone;

/**
 * Sorts positions by their sort keys eight bytes at a time: a merge sort by the keys' first eight
 * bytes (each position carried beside them), then each run of positions that tie there sorted the
 * same way by their next eight, and so on. Comparing whole keys on ties was most of the sort's
 * time: names of one family ({@code jenkins-1}, {@code jenkins-2}, ...) or under one subdomain
 * share their first eight key bytes, by the thousand in a large zone.
 */
final class KeyMergeSort {
  private final SortKeys keys;
  private final byte[] bytes;
  private final long[] chunks;
  private final int[] positions;
  private final long[] chunkRoom;
  private final int[] positionRoom;

  /**
   * Sorts {@code positions} (initially in any order) by their keys in {@code keys}; {@code
   * firstChunks[i]} must hold the first eight bytes of position {@code positions[i]}'s key, and
   * {@code positionRoom} is scratch.
   */
  KeyMergeSort(SortKeys keys, long[] firstChunks, int[] positions, int[] positionRoom) {
    this.keys = keys;
    this.bytes = keys.bytes();
    this.chunks = firstChunks;
    this.positions = positions;
    this.chunkRoom = new long[positions.length];
    this.positionRoom = positionRoom;
  }

  /** Sorts entries {@code [from, to)} by whole keys. */
  void sort(int from, int to) {
    sortByChunks(from, to);
    refine(from, to, 0);
  }

  /**
   * Orders the runs of {@code [from, to)} that are sorted by the key bytes before {@code depth + 8}
   * and tie on bytes {@code [depth, depth + 8)}: by the next eight bytes, and so on.
   */
  void refine(int from, int to, int depth) {
    int i = from;
    while (i < to) {
      int j = runEnd(i, to);
      if (j - i > 1) {
        int next = depth + 8;
        boolean longer = false;
        for (int k = i; k < j; k++) {
          int p = positions[k];
          chunks[k] = CanonicalOrder.prefix(bytes, keys.start(p) + next, keys.end(p));
          longer |= keys.end(p) - keys.start(p) > next;
        }
        if (longer) {
          sortByChunks(i, j);
          refine(i, j, next);
        }
      }
      i = j;
    }
  }

  /** The end of the run of entries whose chunk is entry {@code i}'s, before {@code to}. */
  int runEnd(int i, int to) {
    int end = i + 1;
    while (end < to && chunks[end] == chunks[i]) {
      end++;
    }
    return end;
  }

  /** Merge-sorts entries {@code [from, to)} by their chunks alone (unsigned). */
  void sortByChunks(int from, int to) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        long c = chunks[i];
        int p = positions[i];
        int j = i - 1;
        while (j >= from && Long.compareUnsigned(chunks[j], c) > 0) {
          chunks[j + 1] = chunks[j];
          positions[j + 1] = positions[j];
          j--;
        }
        chunks[j + 1] = c;
        positions[j + 1] = p;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sortByChunks(from, mid);
    sortByChunks(mid, to);
    mergeByChunks(from, mid, to);
  }

  /** Merges the runs {@code [from, mid)} and {@code [mid, to)}, each sorted by chunks. */
  void mergeByChunks(int from, int mid, int to) {
    if (mid == from || mid == to || Long.compareUnsigned(chunks[mid - 1], chunks[mid]) <= 0) {
      return; // already in order, as runs of a sorted file are
    }
    System.arraycopy(chunks, from, chunkRoom, from, to - from);
    System.arraycopy(positions, from, positionRoom, from, to - from);
    int a = from;
    int b = mid;
    for (int out = from; out < to; out++) {
      if (b >= to || (a < mid && Long.compareUnsigned(chunkRoom[a], chunkRoom[b]) <= 0)) {
        chunks[out] = chunkRoom[a];
        positions[out] = positionRoom[a++];
      } else {
        chunks[out] = chunkRoom[b];
        positions[out] = positionRoom[b++];
      }
    }
  }
}
