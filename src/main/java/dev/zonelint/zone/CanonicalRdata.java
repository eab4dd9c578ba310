package dev.zonelint.zone;

import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * RDATA in RFC 4034 §6.2 canonical form. Names inside RDATA are lower-cased only for the types that
 * section lists, as amended by RFC 6840 §5.1 (NSEC's next name keeps its case). dnsjava's own
 * canonical form also lower-cases SVCB, HTTPS, HIP and IPSECKEY targets, which those types' RFCs
 * forbid, so it is used only for the listed types. Shared by duplicate detection and DNSSEC.
 */
public final class CanonicalRdata {
  private CanonicalRdata() {}

  /** A real (not pseudo) record's RDATA in canonical form. */
  public static byte[] of(ZoneRecord r) {
    if (!namesFoldCase(r.type())) {
      return r.rdata();
    }
    byte[] rdata = r.rdata();
    if (lowerCaseNames(rdata, r.type())) {
      return rdata;
    }
    Record dns = r.toDns();
    return dns == null ? r.rdata() : dns.rdataToWireCanonical();
  }

  /**
   * Lower-cases, in place, the names of types whose names sit where the wire bytes say without
   * decoding (a signed zone's RRSIGs made decoding most of duplicate detection, and an SOA decoded
   * by dnsjava costs a small check the initialisation of its record classes); false for other types
   * or bytes that are not such RDATA.
   */
  private static boolean lowerCaseNames(byte[] rdata, int type) {
    switch (type) {
      case Type.SOA:
      case Type.MINFO:
      case Type.RP:
        int end = lowerCaseName(rdata, 0);
        return end >= 0 && lowerCaseName(rdata, end) >= 0;
      default:
        int at = singleNameOffset(type);
        return at >= 0 && lowerCaseName(rdata, at) >= 0;
    }
  }

  /**
   * Where the one name of a type's RDATA starts, for types whose other fields are fixed-size
   * numbers or opaque bytes, or -1.
   */
  private static int singleNameOffset(int type) {
    switch (type) {
      case Type.NS:
      case Type.MD:
      case Type.MF:
      case Type.CNAME:
      case Type.MB:
      case Type.MG:
      case Type.MR:
      case Type.PTR:
      case Type.DNAME:
        return 0;
      case Type.MX:
      case Type.AFSDB:
      case Type.RT:
      case Type.KX:
        return 2;
      case Type.SRV:
        return 6;
      case Type.RRSIG:
        return 18;
      default:
        return -1;
    }
  }

  /**
   * Lower-cases the US-ASCII letters of the uncompressed wire name at {@code at}, in place; returns
   * where the name ends, or -1 if no whole name is there.
   */
  private static int lowerCaseName(byte[] wire, int at) {
    while (at < wire.length) {
      int length = wire[at] & 0xFF;
      if (length == 0) {
        return at + 1;
      }
      if (length > 63 || at + length >= wire.length) {
        return -1;
      }
      for (int i = at + 1; i <= at + length; i++) {
        if (wire[i] >= 'A' && wire[i] <= 'Z') {
          wire[i] = (byte) (wire[i] + ('a' - 'A'));
        }
      }
      at += length + 1;
    }
    return -1;
  }

  /** The RFC 4034 §6.2 list minus NSEC (RFC 6840 §5.1). */
  private static boolean namesFoldCase(int type) {
    switch (type) {
      case Type.NS:
      case Type.MD:
      case Type.MF:
      case Type.CNAME:
      case Type.SOA:
      case Type.MB:
      case Type.MG:
      case Type.MR:
      case Type.PTR:
      case Type.HINFO:
      case Type.MINFO:
      case Type.MX:
      case Type.RP:
      case Type.AFSDB:
      case Type.RT:
      case Type.SIG:
      case Type.PX:
      case Type.NXT:
      case Type.NAPTR:
      case Type.KX:
      case Type.SRV:
      case Type.DNAME:
      case Type.A6:
      case Type.RRSIG:
        return true;
      default:
        return false;
    }
  }
}
