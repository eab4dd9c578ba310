package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.SoaFields;
import dev.zonelint.zone.ZoneRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * A zone has exactly one SOA, at its apex (RFC 1035 §5.2); the SOA is a singleton RRset. BIND
 * ("multiple RRs of singleton type") and NSD refuse such a zone, and secondaries would otherwise
 * compare serials against whichever copy their primary happened to keep. Reports every apex SOA
 * after the first one read whose data differs from all earlier ones. An exact copy is left to
 * {@code duplicate-record}: BIND and Knot merge it and load the zone (Knot's soa.duplicate). SOAs
 * at other names are {@code soa-not-at-apex}'s.
 */
public final class MultipleSoa implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "multiple-soa",
          "The zone apex has more than one SOA record",
          Severity.ERROR,
          Category.STRUCTURE,
          "RFC 1035");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.SOA);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.isApex()) {
      return;
    }
    List<ZoneRecord> soas = node.records(Type.SOA);
    if (soas.size() < 2) {
      return;
    }
    ZoneRecord first = soas.get(0);
    long firstSerial = SoaFields.of(first).serial();
    Set<RdataKey> seen = new HashSet<>();
    seen.add(RdataKey.of(first));
    for (ZoneRecord soa : soas.subList(1, soas.size())) {
      if (!seen.add(RdataKey.of(soa))) {
        continue; // an exact copy: servers merge it, duplicate-record reports it
      }
      long serial = SoaFields.of(soa).serial();
      String serials =
          serial == firstSerial
              ? "same serial " + serial + " as the first, other values"
              : "serial " + serial + " here, " + firstSerial + " in the first";
      context.report(
          soa,
          "another SOA at the apex '"
              + node.name()
              + "' ("
              + serials
              + "): a zone has exactly one SOA, and BIND and NSD refuse to load a zone with two"
              + " different ones",
          "delete this SOA and keep one; if two versions of the zone were merged, keep the SOA"
              + " with the higher serial",
          first,
          "the first SOA is here");
    }
  }
}
