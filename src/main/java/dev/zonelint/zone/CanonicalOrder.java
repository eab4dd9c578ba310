package dev.zonelint.zone;

import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.xbill.DNS.Name;

/**
 * Sorts a zone's names in canonical DNS order (RFC 4034 §6.1) through precomputed keys whose plain
 * unsigned byte order is that order: the labels below the origin from the top down, lower-cased,
 * each ended by a 0 byte (bytes 0 and 1 inside a label are escaped as 1 1 and 1 2, so a shorter
 * label still sorts first). Keys are compared eight bytes at a time, as numbers ({@link
 * KeyMergeSort}), so comparisons never walk the key arrays byte by byte. Sorting with dnsjava's
 * {@code Name.compareTo} was the largest single cost of loading a million-name zone.
 */
final class CanonicalOrder {
  private CanonicalOrder() {}

  /** Below this many names the keys are made on one thread: a pool costs more than it saves. */
  private static final int PARALLEL_THRESHOLD = 20_000;

  /** A name has at most 127 labels below the root. */
  private static final int MAX_LABELS = 128;

  /** The longest key: a name's 255 wire octets, every one escaped. */
  private static final int MAX_KEY = 2 * 255;

  /**
   * Sorts names that are all at or below {@code origin}, given in any order: returns their keys in
   * canonical order, each with its name's position in {@code nodes} ({@link SortKeys#source}). A
   * name is below another exactly when the other's key is a prefix of its own. The names stay where
   * they are: the tree's link reads them through the keys, where a sorted copy of the array was one
   * more array of every name for the collector to promote and drop.
   */
  static SortKeys sort(Node[] nodes, Name origin) {
    int skip = origin.labels() - 1;
    int n = nodes.length;
    int[] starts = new int[n];
    int[] ends = new int[n];
    long[] prefixes = new long[n];
    boolean parallel = n >= PARALLEL_THRESHOLD;
    // The keys of a million names took 0.6 s on one core, most of the tree's build: large zones
    // get them on all cores, in chunks. Each chunk writes its keys straight into its own range of
    // the one array: sized from the names' lengths, as a key is as long as the name's wire form
    // below the origin unless a label holds octet 0 or 1 (one more byte each). Such a rare chunk
    // overflows its range, and the keys are then made again in ranges of exact sizes. (Packing
    // each chunk apart and joining them copied the keys twice and left ~160 MB of old-generation
    // garbage on a five-million-record zone.) Small zones keep a plain loop: a stream costs
    // start-up time.
    int chunks = parallel ? 64 : 1;
    byte[] bytes =
        makeKeys(nodes, skip, starts, ends, prefixes, ranges(nodes, chunks, origin, false));
    if (bytes == null) {
      bytes = makeKeys(nodes, skip, starts, ends, prefixes, ranges(nodes, chunks, origin, true));
    }
    SortKeys keys = new SortKeys(bytes, starts, ends);
    // Positions sorted by key, not objects: no object per name for the collector to copy, and
    // two halves sorted at once (Arrays.parallelSort sorts on one thread where the common pool
    // has one worker, as on two cores).
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] scratch = new int[n];
    KeyMergeSort sorter = new KeyMergeSort(keys, prefixes, order, scratch);
    if (parallel) {
      // Each step on two threads at once, on disjoint ranges: the halves by first chunks, merged;
      // then the runs of ties refined, split at a run's end near the middle.
      int half = n / 2;
      both(() -> sorter.sortByChunks(0, half), () -> sorter.sortByChunks(half, n));
      sorter.mergeByChunks(0, half, n);
      int split = sorter.runEnd(half, n);
      both(() -> sorter.refine(0, split, 0), () -> sorter.refine(split, n, 0));
    } else {
      sorter.sort(0, n);
    }
    return keys.permuted(order, scratch);
  }

  /**
   * Where each chunk's keys start in the one array and (last) the array's size: each key as long as
   * its name's wire form below the origin, or if {@code exact} its exact size. The chunks are
   * measured on all cores when there are several: one core spent ~40 ms of cache misses on the
   * names of a 5M-record zone.
   */
  private static int[] ranges(Node[] nodes, int chunks, Name origin, boolean exact) {
    int n = nodes.length;
    long[] sizes = new long[chunks];
    if (chunks == 1) {
      sizes[0] = keyBytes(nodes, 0, n, origin, exact);
    } else {
      IntStream.range(0, chunks)
          .parallel()
          .forEach(
              c ->
                  sizes[c] =
                      keyBytes(nodes, from(n, chunks, c), from(n, chunks, c + 1), origin, exact));
    }
    int[] bases = new int[chunks + 1];
    long total = 0;
    for (int c = 0; c < chunks; c++) {
      bases[c] = (int) total;
      total += sizes[c];
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("the names' sort keys exceed 2 GiB");
    }
    bases[chunks] = (int) total;
    return bases;
  }

  /**
   * The bytes the keys of {@code nodes[from, to)} take: exactly, or as long as their names' wire
   * forms below the origin.
   */
  private static long keyBytes(Node[] nodes, int from, int to, Name origin, boolean exact) {
    int skip = origin.labels() - 1;
    int originLength = origin.length();
    byte[] room = exact ? new byte[MAX_KEY] : null;
    int[] labelStarts = exact ? new int[MAX_LABELS] : null;
    long total = 0;
    for (int i = from; i < to; i++) {
      Name name = nodes[i].name();
      total +=
          exact
              ? writeKey(name, skip, room, 0, room.length, labelStarts)
              : name.length() - originLength;
    }
    return total;
  }

  /**
   * Writes every name's key into one array, each chunk into its range of {@code bases}, noting
   * where each starts and ends and its first eight bytes; null when a key did not fit its range.
   */
  private static byte[] makeKeys(
      Node[] nodes, int skip, int[] starts, int[] ends, long[] prefixes, int[] bases) {
    int n = nodes.length;
    int chunks = bases.length - 1;
    byte[] bytes = new byte[bases[chunks]];
    if (chunks == 1) {
      return makeKeys(nodes, skip, starts, ends, prefixes, 0, n, bytes, 0, bytes.length)
          ? bytes
          : null;
    }
    // Counted, not allMatch: a short-circuiting stream may return while chunks still write.
    long overflowed =
        IntStream.range(0, chunks)
            .parallel()
            .filter(
                c ->
                    !makeKeys(
                        nodes,
                        skip,
                        starts,
                        ends,
                        prefixes,
                        from(n, chunks, c),
                        from(n, chunks, c + 1),
                        bytes,
                        bases[c],
                        bases[c + 1]))
            .count();
    return overflowed == 0 ? bytes : null;
  }

  /** The first name of chunk {@code c} of {@code chunks} over {@code n} names. */
  private static int from(int n, int chunks, int c) {
    return (int) ((long) n * c / chunks);
  }

  /**
   * Writes the keys of {@code nodes[from, to)} into {@code out[at, limit)}; false when they do not
   * fit there.
   */
  private static boolean makeKeys(
      Node[] nodes,
      int skip,
      int[] starts,
      int[] ends,
      long[] prefixes,
      int from,
      int to,
      byte[] out,
      int at,
      int limit) {
    int[] labelStarts = new int[MAX_LABELS];
    for (int i = from; i < to; i++) {
      int end = writeKey(nodes[i].name(), skip, out, at, limit, labelStarts);
      if (end < 0) {
        return false;
      }
      starts[i] = at;
      ends[i] = end;
      prefixes[i] = prefix(out, at, end);
      at = end;
    }
    return true;
  }

  /**
   * Writes the key of a name, leaving out its top {@code skip} labels (the origin's, root
   * excluded), into {@code out} from {@code at}; returns where it ends, or -1 if that would pass
   * {@code limit}. {@code labelStarts} is scratch room for the 127 labels a name can have.
   */
  static int writeKey(Name name, int skip, byte[] out, int at, int limit, int[] labelStarts) {
    // Lower-cased by dnsjava. Not toWire(): it makes a Name for every suffix of the name.
    byte[] wire = name.toWireCanonical();
    int labels = name.labels() - 1 - skip;
    int in = 0;
    for (int i = 0; i < labels; i++) {
      labelStarts[i] = in;
      in += (wire[in] & 0xFF) + 1;
    }
    int o = at;
    for (int i = labels - 1; i >= 0; i--) {
      int start = labelStarts[i];
      int length = wire[start] & 0xFF;
      if (o + length + 1 > limit) {
        return -1;
      }
      for (int k = start + 1; k <= start + length; k++) {
        int b = wire[k] & 0xFF;
        if (b <= 1) {
          if (o + 2 + (start + length - k) + 1 > limit) {
            return -1;
          }
          out[o++] = 1;
          out[o++] = (byte) (b + 1);
        } else {
          out[o++] = (byte) b;
        }
      }
      out[o++] = 0;
    }
    return o;
  }

  /** Runs both, the first on another thread. */
  private static void both(Runnable one, Runnable other) {
    CompletableFuture<Void> first = CompletableFuture.runAsync(one);
    other.run();
    first.join();
  }

  /** The eight bytes of {@code bytes} from {@code from} as a number, zeros past {@code to}. */
  static long prefix(byte[] bytes, int from, int to) {
    long p = 0;
    for (int i = 0; i < 8; i++) {
      p = (p << 8) | (from + i < to ? bytes[from + i] & 0xFF : 0);
    }
    return p;
  }
}
