package dev.zonelint.zone;

/**
 * The RDATA of a builder's records, packed one after another into a few large arrays, each preceded
 * by its 16-bit length. A million records held a million small arrays, which the collector traced
 * and copied one by one while the zone was being built; the chunks it copies whole. Chunks start
 * small (a 20-record zone needs a few hundred bytes) and double.
 */
final class RdataArena {
  private static final int FIRST_CHUNK = 1 << 10;
  private static final int MAX_CHUNK = 1 << 18;

  private byte[] chunk = new byte[FIRST_CHUNK];
  private int used;

  /** Stores {@code rdata} (at most 65,535 bytes) and returns its offset in {@link #chunk()}. */
  int put(byte[] rdata) {
    if (rdata.length > 0xFFFF) {
      throw new IllegalArgumentException("RDATA of " + rdata.length + " bytes");
    }
    int size = rdata.length + 2;
    if (used + size > chunk.length) {
      chunk = new byte[Math.max(size, Math.min(MAX_CHUNK, chunk.length * 2))];
      used = 0;
    }
    int at = used;
    chunk[at] = (byte) (rdata.length >>> 8);
    chunk[at + 1] = (byte) rdata.length;
    System.arraycopy(rdata, 0, chunk, at + 2, rdata.length);
    used += size;
    return at;
  }

  /** The chunk the last {@link #put} stored into. */
  byte[] chunk() {
    return chunk;
  }

  /** The length of the RDATA stored at {@code at} in {@code chunk}. */
  static int length(byte[] chunk, int at) {
    return ((chunk[at] & 0xFF) << 8) | (chunk[at + 1] & 0xFF);
  }
}
