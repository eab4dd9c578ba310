package dev.zonelint.types;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.WireParseException;

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

  /** The types of the bitmap that fills the rest of {@code in}, in increasing order. */
  static int[] read(DNSInput in) throws WireParseException {
    int[] types = new int[16];
    int count = 0;
    int lastWindow = -1;
    while (in.remaining() > 0) {
      int window = in.readU8();
      int length = in.readU8();
      if (window <= lastWindow || length < 1 || length > 32) {
        throw new WireParseException("bad type bitmap window " + window + " of " + length);
      }
      lastWindow = window;
      byte[] bits = in.readByteArray(length);
      for (int i = 0; i < 8 * length; i++) {
        if ((bits[i >>> 3] & (0x80 >>> (i & 7))) != 0) {
          if (count == types.length) {
            types = Arrays.copyOf(types, 2 * count);
          }
          types[count++] = window * 256 + i;
        }
      }
    }
    return Arrays.copyOf(types, count);
  }
}
