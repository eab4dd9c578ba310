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
    Record dns = r.toDns();
    return dns == null ? r.rdata() : dns.rdataToWireCanonical();
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
