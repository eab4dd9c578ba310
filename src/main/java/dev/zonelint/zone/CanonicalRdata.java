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
    int at = singleNameOffset(r.type());
    if (at >= 0) {
      byte[] rdata = r.rdata();
      if (lowerCaseName(rdata, at)) {
        return rdata;
      }
    }
    Record dns = r.toDns();
    return dns == null ? r.rdata() : dns.rdataToWireCanonical();
  }

  /**
   * Where the one name of a type's RDATA starts, for types whose other fields are fixed-size
   * numbers or opaque bytes, or -1: their canonical form is made on the wire bytes, without
   * decoding a dnsjava record (a signed zone's RRSIGs made that most of duplicate detection).
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
   * Lower-cases the US-ASCII letters of the uncompressed wire name at {@code at}, in place; false
   * if no whole name is there.
   */
  private static boolean lowerCaseName(byte[] wire, int at) {
    while (at < wire.length) {
      int length = wire[at] & 0xFF;
      if (length == 0) {
        return true;
      }
      if (length > 63 || at + length >= wire.length) {
        return false;
      }
      for (int i = at + 1; i <= at + length; i++) {
        if (wire[i] >= 'A' && wire[i] <= 'Z') {
          wire[i] = (byte) (wire[i] + ('a' - 'A'));
        }
      }
      at += length + 1;
    }
    return false;
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
