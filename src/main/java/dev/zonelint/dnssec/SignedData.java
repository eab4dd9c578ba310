package dev.zonelint.dnssec;

import dev.zonelint.zone.ZoneRecord;
import java.util.Arrays;
import java.util.List;

/**
 * The octets an RRSIG signs (RFC 4034 §3.1.8.1), built into one buffer that a thread reuses for
 * every signature it verifies, so verification leaves no per-signature copies behind.
 */
final class SignedData {
  private byte[] buffer = new byte[1024];
  private int length;

  byte[] buffer() {
    return buffer;
  }

  int length() {
    return length;
  }

  /**
   * Builds the signed octets: the RRSIG RDATA up to the signature with the signer name in canonical
   * form, then the covered RRset in canonical form and order with the original TTL. In a zone file
   * the owner is the RRset's own name (a wildcard is written as one). {@code rrsigRdata} is the
   * signature's RDATA, which the caller has at hand.
   */
  SignedData build(RrsigFields sig, byte[] rrsigRdata, List<ZoneRecord> rrset) {
    length = 0;
    write(rrsigRdata, 0, sig.signedPrefixLength());
    // The signer is stored uncompressed after the 18 fixed octets; label lengths are below 64, so
    // folding every octet in A-Z lower-cases exactly the name's letters.
    for (int i = 18; i < length; i++) {
      byte b = buffer[i];
      if (b >= 'A' && b <= 'Z') {
        buffer[i] = (byte) (b + ('a' - 'A'));
      }
    }
    ZoneRecord first = rrset.get(0);
    byte[] owner = first.owner().toWireCanonical();
    if (rrset.size() == 1) {
      writeRr(owner, first, sig.originalTtl(), Canonical.rdata(first));
    } else {
      for (byte[] canonical : Canonical.sortedRdata(rrset)) {
        writeRr(owner, first, sig.originalTtl(), canonical);
      }
    }
    return this;
  }

  private void writeRr(byte[] owner, ZoneRecord first, long ttl, byte[] rdata) {
    write(owner, 0, owner.length);
    ensure(10);
    writeU16(first.type());
    writeU16(first.dclass());
    writeU16((int) (ttl >>> 16));
    writeU16((int) ttl);
    writeU16(rdata.length);
    write(rdata, 0, rdata.length);
  }

  private void writeU16(int value) {
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
  }

  private void write(byte[] bytes, int from, int count) {
    ensure(count);
    System.arraycopy(bytes, from, buffer, length, count);
    length += count;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + more));
    }
  }
}
