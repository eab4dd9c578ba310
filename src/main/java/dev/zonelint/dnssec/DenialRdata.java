package dev.zonelint.dnssec;

import dev.zonelint.types.TypeBits;
import dev.zonelint.zone.Labels;
import java.io.IOException;
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
    // Plain labels are skipped without a Name: decoding one (an array per label) only to pass over
    // it was most of a bitmap check's time.
    int end = Labels.plainNameEnd(rdata, 0, rdata.length);
    if (end < 0) {
      DNSInput in = new DNSInput(rdata);
      try {
        new Name(in);
      } catch (IOException e) {
        return null;
      }
      end = in.current();
    }
    return types(rdata, end);
  }

  /**
   * The types of an RFC 4034 §4.1.2 bitmap starting at {@code from}: windows of a number, a length
   * and that many octets, one bit per type. Null when malformed.
   */
  public static int[] types(byte[] rdata, int from) {
    return TypeBits.read(rdata, from, false);
  }
}
