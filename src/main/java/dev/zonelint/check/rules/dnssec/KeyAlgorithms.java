package dev.zonelint.check.rules.dnssec;

import dev.zonelint.dnssec.DsFields;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.dnssec.ZoneKey;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * The algorithm of each key a zone names: apex DNSKEYs and CDNSKEYs, and the keys DS and CDS
 * records point at, each once (a key with a SHA-1 and a SHA-256 DS is one key). RRSIGs are not
 * visited: their algorithm is their key's. The delete forms of CDS and CDNSKEY (algorithm 0) name
 * no key.
 */
final class KeyAlgorithms {
  interface Visitor {
    void visit(ZoneRecord record, int algorithm);
  }

  private KeyAlgorithms() {}

  static void forEach(Zone zone, Visitor visitor) {
    for (Use use : zone.derived(Uses.class, KeyAlgorithms::collect).all()) {
      visitor.visit(use.record(), use.algorithm());
    }
  }

  /** One key's algorithm as a record names it. */
  private record Use(ZoneRecord record, int algorithm) {}

  /**
   * Every use in the zone, found once for both algorithm rules: it takes a walk over every name.
   */
  private record Uses(List<Use> all) {}

  private static Uses collect(Zone zone) {
    List<Use> out = new ArrayList<>();
    for (ZoneKey key : SignedZone.of(zone).keys()) {
      out.add(new Use(key.record(), key.algorithm()));
    }
    Node apex = zone.apex();
    if (apex != null) {
      for (ZoneRecord r : apex.records(Type.CDNSKEY)) {
        byte[] rdata = r.rdata();
        if (rdata.length >= 4 && rdata[3] != 0) {
          out.add(new Use(r, rdata[3] & 0xff));
        }
      }
    }
    for (Node node : zone.nodesWith(Type.DS, Type.CDS)) {
      Set<List<Integer>> seen = new HashSet<>();
      for (ZoneRecord r : node.records()) {
        if (r.isPseudo() || (r.type() != Type.DS && r.type() != Type.CDS)) {
          continue;
        }
        DsFields f = DsFields.of(r);
        if (f != null
            && !(r.type() == Type.CDS && f.algorithm() == 0)
            && seen.add(List.of(r.type(), f.keyTag(), f.algorithm()))) {
          out.add(new Use(r, f.algorithm()));
        }
      }
    }
    return new Uses(out);
  }
}
