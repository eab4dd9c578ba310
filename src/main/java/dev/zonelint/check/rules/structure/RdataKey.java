package dev.zonelint.check.rules.structure;

import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.ZoneRecord;
import java.nio.charset.StandardCharsets;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * What makes two records at one owner "the same record" (RFC 2181 §5): type, kind and RDATA in
 * canonical form. Names inside RDATA are lower-cased only for the types that RFC 4034 §6.2 lists,
 * as amended by RFC 6840 §5.1 (NSEC's next name keeps its case). dnsjava's own canonical form also
 * lower-cases SVCB, HTTPS, HIP and IPSECKEY targets, which those types' RFCs forbid, so it is used
 * only for the listed types.
 */
record RdataKey(RecordKind kind, int type, String rdata, String extra) {

  static RdataKey of(ZoneRecord r) {
    byte[] bytes;
    if (r.isPseudo()) {
      bytes = r.target().toWireCanonical();
    } else if (namesFoldCase(r.type())) {
      Record dns = r.toDns();
      bytes = dns == null ? r.rdata() : dns.rdataToWireCanonical();
    } else {
      bytes = r.rdata();
    }
    // ISO-8859-1 maps every byte to one char, so the string is a lossless, hashable copy.
    return new RdataKey(
        r.kind(), r.type(), new String(bytes, StandardCharsets.ISO_8859_1), r.extra());
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
