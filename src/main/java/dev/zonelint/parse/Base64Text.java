package dev.zonelint.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 4648 base64 decoded straight into a record's RDATA, reading exactly what {@code
 * Base64.getDecoder()} reads: whole quanta of the standard alphabet, padding only at the end. The
 * JDK's decoder is a plain loop until the optimising compiler intrinsifies it, which C1 never does
 * (the launcher's choice for large zones): an RSA-signed zone's signatures, 344 characters each,
 * took a tenth of its parse. A table lookup per character does in half the time.
 */
final class Base64Text {
  private Base64Text() {}

  private static final byte[] VALUE = new byte[128];

  static {
    Arrays.fill(VALUE, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUE[alphabet.charAt(i)] = (byte) i;
    }
  }

  /** The bytes {@code text} decodes to, or -1 when its length is not base64's. */
  static int decodedLength(String text) {
    int n = text.length();
    return n == 0 || n % 4 != 0 ? -1 : n / 4 * 3 - padding(text);
  }

  /** The '=' that end a text of whole quanta: 0, 1 or 2 (more make the last quantum invalid). */
  private static int padding(String text) {
    int n = text.length();
    return text.charAt(n - 1) != '=' ? 0 : text.charAt(n - 2) != '=' ? 1 : 2;
  }

  /**
   * Decodes {@code text}, of a valid {@link #decodedLength}, into {@code out} from {@code at};
   * false when a character is outside the alphabet or a '=' is not among the final padding.
   */
  static boolean decode(String text, byte[] out, int at) {
    // One copy of the characters as bytes (an array copy; characters beyond Latin-1 become '?',
    // outside the alphabet as they were): indexing it costs less than charAt under C1.
    byte[] chars = text.getBytes(StandardCharsets.ISO_8859_1);
    int n = chars.length;
    int padding = padding(text);
    int end = padding == 0 ? n : n - 4;
    int o = at;
    int i = 0;
    for (; i < end; i += 4) {
      int bits =
          VALUE[chars[i] & 0x7F] << 18
              | VALUE[chars[i + 1] & 0x7F] << 12
              | VALUE[chars[i + 2] & 0x7F] << 6
              | VALUE[chars[i + 3] & 0x7F];
      // A byte above ASCII is negative: its sign makes the quantum invalid too.
      bits |= (chars[i] | chars[i + 1] | chars[i + 2] | chars[i + 3]) & 0x80000000;
      if (bits < 0) {
        return false;
      }
      out[o++] = (byte) (bits >> 16);
      out[o++] = (byte) (bits >> 8);
      out[o++] = (byte) bits;
    }
    if (padding == 0) {
      return true;
    }
    // The last quantum: "xx==" is one byte, "xxx=" two.
    int bits = sextet(chars[i]) << 18 | sextet(chars[i + 1]) << 12;
    if (padding == 1) {
      bits |= sextet(chars[i + 2]) << 6;
    }
    if (bits < 0) {
      return false;
    }
    out[o] = (byte) (bits >> 16);
    if (padding == 1) {
      out[o + 1] = (byte) (bits >> 8);
    }
    return true;
  }

  /**
   * The six bits a character's byte stands for, or -1 outside the alphabet: shifted by up to 18
   * bits and or-ed with valid ones, it leaves the quantum negative (as the table's -1 does above).
   */
  private static int sextet(byte c) {
    return c >= 0 ? VALUE[c] : -1;
  }
}
