package dev.zonelint.types;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Type bitmaps as NSEC, NSEC3 and CSYNC carry them (RFC 4034 §4.1.2): for each block of 256 types
 * that holds one, the block's number, the length of its bits and up to 32 bytes of them.
 */
public final class TypeBits {
  private TypeBits() {}

  /** Writes the bitmap of {@code types} (each 0 to 65535, any order, repeats allowed). */
  public static void write(int[] types, ByteArrayOutputStream out) {
    int highestWindow = -1;
    for (int type : types) {
      highestWindow = Math.max(highestWindow, type >>> 8);
    }
    // Only the windows up to the highest one used: all 256 (8 KiB a record) were half the
    // garbage a signed zone's parse made.
    byte[] bits = new byte[(highestWindow + 1) * 32];
    for (int type : types) {
      bits[type >>> 3] |= (byte) (0x80 >>> (type & 7));
    }
    for (int window = 0; window <= highestWindow; window++) {
      int length = 32;
      while (length > 0 && bits[window * 32 + length - 1] == 0) {
        length--;
      }
      if (length > 0) {
        out.write(window);
        out.write(length);
        out.write(bits, window * 32, length);
      }
    }
  }

  /**
   * The types of the bitmap in {@code rdata} from {@code from} to its end, in the order written;
   * null when a window is malformed or, with {@code ordered}, does not follow the one before it.
   */
  public static int[] read(byte[] rdata, int from, boolean ordered) {
    int[] out = new int[16];
    int n = 0;
    int at = from;
    int lastWindow = -1;
    while (at < rdata.length) {
      if (at + 2 > rdata.length) {
        return null;
      }
      int window = rdata[at] & 0xFF;
      int length = rdata[at + 1] & 0xFF;
      at += 2;
      if (length == 0 || length > 32 || at + length > rdata.length) {
        return null;
      }
      if (ordered && window <= lastWindow) {
        return null;
      }
      lastWindow = window;
      for (int i = 0; i < length; i++) {
        int octet = rdata[at + i] & 0xFF;
        for (int bit = 0; bit < 8; bit++) {
          if ((octet & (0x80 >>> bit)) != 0) {
            if (n == out.length) {
              out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = window * 256 + i * 8 + bit;
          }
        }
      }
      at += length;
    }
    return Arrays.copyOf(out, n);
  }
}
