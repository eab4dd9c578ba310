package dev.zonelint.check.rules.dnssec;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Type;

/**
 * The hash parameters NSEC3PARAM and NSEC3 records share (RFC 5155 §3.1, §4.1), read from the
 * RDATA.
 */
record Nsec3Parameters(ZoneRecord record, int hash, int flags, int iterations, int saltLength) {

  static Nsec3Parameters of(ZoneRecord record) {
    byte[] rdata = record.rdata();
    if (rdata.length < 5) {
      return null;
    }
    return new Nsec3Parameters(
        record,
        rdata[0] & 0xff,
        rdata[1] & 0xff,
        ((rdata[2] & 0xff) << 8) | (rdata[3] & 0xff),
        rdata[4] & 0xff);
  }

  /**
   * What the zone's NSEC3 chain uses: every apex NSEC3PARAM or, when there is none (a zone signed
   * without one), the first NSEC3 record, so a finding is made once, not once per NSEC3.
   */
  static List<Nsec3Parameters> ofZone(Zone zone) {
    List<Nsec3Parameters> out = new ArrayList<>();
    Node apex = zone.apex();
    if (apex != null) {
      for (ZoneRecord r : apex.records(Type.NSEC3PARAM)) {
        Nsec3Parameters p = of(r);
        if (p != null) {
          out.add(p);
        }
      }
    }
    if (out.isEmpty() && zone.hasType(Type.NSEC3)) {
      for (Node node : zone.nodes()) {
        ZoneRecord first = node.first(Type.NSEC3);
        Nsec3Parameters p = first == null ? null : of(first);
        if (p != null) {
          out.add(p);
          break;
        }
      }
    }
    return out;
  }
}
