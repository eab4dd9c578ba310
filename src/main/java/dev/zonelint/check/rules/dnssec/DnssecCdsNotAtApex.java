package dev.zonelint.check.rules.dnssec;

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
 * CDS and CDNSKEY tell the parent which DS to publish for this zone, and the parent reads them at
 * the child's apex only (RFC 7344 §4). Anywhere else they describe nothing and are never acted on;
 * a child zone's CDS belongs in the child zone's file. Data below a cut is {@code occluded-data}'s.
 */
public final class DnssecCdsNotAtApex implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-cds-not-at-apex",
          "CDS and CDNSKEY records belong at the zone apex",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 7344 §4",
          "RFC 8078 §2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.CDS, Type.CDNSKEY);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node.isApex() || node.enclosingCut() != null || node.isOutOfZone()) {
      return;
    }
    for (ZoneRecord r : node.records()) {
      if (!r.isPseudo() && (r.type() == Type.CDS || r.type() == Type.CDNSKEY)) {
        context.report(
            r,
            "a "
                + r.typeName()
                + " at '"
                + node.name()
                + "' is never read: parents look for CDS and CDNSKEY at the child zone's apex"
                + " only",
            "move it to the apex of the zone whose keys it describes (for a delegated child,"
                + " into the child zone's file)");
      }
    }
  }
}
