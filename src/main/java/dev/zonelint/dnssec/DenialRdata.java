package dev.zonelint.dnssec;

import java.io.IOException;
import java.util.Arrays;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.Name;

/**
 * NSEC and NSEC3 RDATA read straight from the wire bytes (RFC 4034 §4.1, RFC 5155 §3.2): decoding
 * each through dnsjava's records builds a TreeSet per type bitmap, which on a zone of 100,000 names
 * cost more than the checks themselves.
 */
public final class DenialRdata {
  private DenialRdata() {}

  /** The next domain name of an NSEC, or null when the RDATA does not hold one. */
  public static Name nsecNext(byte[] rdata) {
    try {
      return new Name(new DNSInput(rdata));
    } catch (IOException e) {
      return null;
    }
  }

  /** The types of an NSEC's bitmap, sorted; null when the RDATA is malformed. */
  public static int[] nsecTypes(byte[] rdata) {
    DNSInput in = new DNSInput(rdata);
    try {
      new Name(in);
    } catch (IOException e) {
      return null;
    }
    return types(rdata, in.current());
  }

  /**
   * The types of an RFC 4034 §4.1.2 bitmap starting at {@code from}: windows of a number, a length
   * and that many octets, one bit per type. Null when malformed.
   */
  public static int[] types(byte[] rdata, int from) {
    int[] out = new int[16];
    int n = 0;
    int at = from;
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
