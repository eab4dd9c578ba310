package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Type;

/**
 * A zone starts with an SOA at its apex (RFC 1035 §5.2); without one no server loads it. Points at
 * the first record of the file, or line 1 when the file has none.
 */
public final class MissingSoa implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "missing-soa",
          "The zone has no SOA record",
          Severity.ERROR,
          Category.STRUCTURE,
          "RFC 1035 §5.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    for (Node n : zone.nodes()) {
      if (n.has(Type.SOA)) {
        return;
      }
    }
    for (Node n : zone.outOfZone()) {
      if (n.has(Type.SOA)) {
        return;
      }
    }
    ZoneRecord first = null;
    for (ZoneRecord r : zone.records()) {
      if (first == null || isEarlier(r, first)) {
        first = r;
      }
    }
    String origin = zone.origin() == null ? "the zone" : "'" + zone.origin() + "'";
    String message = origin + " has no SOA record";
    String help = "add an SOA record at the apex as the zone's first record";
    if (first == null) {
      context.reportFile(1, 1, message, help);
    } else {
      context.report(first, message, help);
    }
  }

  private static boolean isEarlier(ZoneRecord a, ZoneRecord b) {
    return a.file() != b.file() ? a.file() < b.file() : a.line() < b.line();
  }
}
