package dev.zonelint.check.rules.records;

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
 * A DS record belongs to the parent side of a zone cut (RFC 4035 §2.4): the apex's DS lives in the
 * parent zone. A DS at the apex is never served to validators, and BIND and Knot refuse it.
 */
public final class DnssecDsAtApex implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-ds-at-apex",
          "A DS record must not be at the zone apex",
          Severity.ERROR,
          Category.RECORDS,
          "RFC 4035 §2.4",
          "RFC 3658 §2.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.DS);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.isApex()) {
      return;
    }
    for (ZoneRecord ds : node.records(Type.DS)) {
      context.report(
          ds,
          "a DS at the apex of '"
              + node.name()
              + "' is never served: the zone's DS lives in the parent zone",
          "remove it here and give it to the parent's operator (registrar) instead");
    }
  }
}
