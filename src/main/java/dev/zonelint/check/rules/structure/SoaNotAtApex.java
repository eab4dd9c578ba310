package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * An SOA marks the top of a zone (RFC 1035 §5.2), so one below the apex says that a second zone
 * starts inside this file. BIND, NSD and PowerDNS refuse the zone. Usually a child zone was pasted
 * into its parent. SOAs outside the origin are left to {@code out-of-zone}, since the zone tree
 * holds them apart; an SOA at a delegation point is reported here, not as occluded data.
 */
public final class SoaNotAtApex implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "soa-not-at-apex",
          "An SOA record is below the zone apex",
          Severity.ERROR,
          Category.STRUCTURE,
          "RFC 1035 §5.2");

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
    if (node.isApex()) {
      return;
    }
    Node apex = context.zone().apex();
    ZoneRecord apexSoa = apex == null ? null : apex.first(Type.SOA);
    for (ZoneRecord soa : node.records(Type.SOA)) {
      String message =
          "this SOA at '"
              + node.name()
              + "', below the zone apex '"
              + context.zone().origin()
              + "': an SOA starts a zone of its own, so BIND, NSD and PowerDNS refuse to load"
              + " this file";
      String help =
          "if '"
              + node.name()
              + "' is meant to be a separate zone, move its SOA and records to a zone file of"
              + " its own and delegate it here with NS records and glue; otherwise delete this SOA";
      if (apexSoa == null) {
        context.report(soa, message, help);
      } else {
        context.report(soa, message, help, apexSoa, "the zone's SOA is here");
      }
    }
  }
}
