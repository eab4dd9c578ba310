package dev.zonelint.dnssec;

import dev.zonelint.zone.CanonicalRdata;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xbill.DNS.DNSOutput;

/** RFC 4034 §6 canonical forms: what an RRSIG signs and what ZONEMD digests. */
public final class Canonical {
  private Canonical() {}

  /** One record's RDATA in canonical form. */
  public static byte[] rdata(ZoneRecord record) {
    return CanonicalRdata.of(record);
  }

  /** The RDATA of an RRset in canonical order (RFC 4034 §6.3), duplicates removed. */
  public static List<byte[]> sortedRdata(List<ZoneRecord> rrset) {
    List<byte[]> all = new ArrayList<>(rrset.size());
    for (ZoneRecord r : rrset) {
      all.add(rdata(r));
    }
    all.sort(Arrays::compareUnsigned);
    List<byte[]> unique = new ArrayList<>(all.size());
    for (byte[] rdata : all) {
      if (unique.isEmpty() || !Arrays.equals(unique.get(unique.size() - 1), rdata)) {
        unique.add(rdata);
      }
    }
    return unique;
  }

  /** Writes the RRs of an RRset as RFC 4034 §3.1.8.1 and RFC 8976 §3.3.1 lay them out. */
  static void writeRrset(
      DNSOutput out, byte[] owner, int type, int dclass, long ttl, List<byte[]> sortedRdata) {
    for (byte[] rdata : sortedRdata) {
      out.writeByteArray(owner);
      out.writeU16(type);
      out.writeU16(dclass);
      out.writeU32(ttl);
      out.writeU16(rdata.length);
      out.writeByteArray(rdata);
    }
  }

  /** The octets an RRSIG signs (RFC 4034 §3.1.8.1) over its RRset, in a new array. */
  public static byte[] signedData(RrsigFields sig, List<ZoneRecord> rrset) {
    SignedData data = new SignedData().build(sig, sig.record().rdata(), rrset);
    return Arrays.copyOf(data.buffer(), data.length());
  }
}
