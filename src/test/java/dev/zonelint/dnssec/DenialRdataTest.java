package dev.zonelint.dnssec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

class DenialRdataTest {
  /** A, RRSIG, NSEC: window 0, 6 octets. */
  private static final byte[] BITMAP = {0, 6, 0x40, 0, 0, 0, 0, 0x03};

  private static final int[] TYPES = {Type.A, Type.RRSIG, Type.NSEC};

  @Test
  void plainNamesAreSkippedToTheirBitmap() throws IOException {
    for (String name : new String[] {"a.example.com.", "WWW.Example.COM.", "."}) {
      byte[] rdata = concat(Name.fromString(name).toWire(), BITMAP);
      assertArrayEquals(TYPES, DenialRdata.nsecTypes(rdata), name);
      assertEquals(Name.fromString(name), DenialRdata.nsecNext(rdata));
    }
  }

  @Test
  void aNameOfTheFull255OctetsIsSkippedAndOneLongerIsMalformed() {
    byte[] longest = longName(255);
    assertArrayEquals(TYPES, DenialRdata.nsecTypes(concat(longest, BITMAP)));
    assertNull(DenialRdata.nsecTypes(concat(longName(257), BITMAP)));
  }

  @Test
  void namesPlainLabelsDoNotCoverAreReadAsDnsjavaReadsThem() {
    byte[][] odd = {
      // A compression pointer back into the first label's octets, where dnsjava finds the root.
      concat(new byte[] {3, 0, 'a', 'b', (byte) 0xC0, 1}, BITMAP),
      // A pointer forward, an extended label type, a name cut short, no name at all.
      concat(new byte[] {(byte) 0xC0, 4}, BITMAP),
      concat(new byte[] {1, 'a', 0x41, 0}, BITMAP),
      {3, 'c', 'o'},
      {},
    };
    for (byte[] rdata : odd) {
      assertArrayEquals(
          throughDnsjava(rdata), DenialRdata.nsecTypes(rdata), Arrays.toString(rdata));
    }
    assertArrayEquals(TYPES, DenialRdata.nsecTypes(odd[0]));
    assertNull(DenialRdata.nsecTypes(odd[3]));
  }

  /** What nsecTypes gave when it decoded every next name. */
  private static int[] throughDnsjava(byte[] rdata) {
    DNSInput in = new DNSInput(rdata);
    try {
      new Name(in);
    } catch (IOException e) {
      return null;
    }
    return DenialRdata.types(rdata, in.current());
  }

  /** The wire form of a name of {@code octets} octets: labels of 63, then a shorter one, root. */
  private static byte[] longName(int octets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int left = octets - 1;
    while (left > 0) {
      int label = Math.min(63, left - 1);
      out.write(label);
      for (int i = 0; i < label; i++) {
        out.write('x');
      }
      left -= label + 1;
    }
    out.write(0);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
