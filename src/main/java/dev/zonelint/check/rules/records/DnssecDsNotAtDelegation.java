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
 * A DS record says how to validate the child zone of a delegation (RFC 4035 §2.4), so it only makes
 * sense beside the NS records of a cut. Elsewhere it describes no zone; BIND refuses it. The apex
 * is {@code dnssec-ds-at-apex}'s; data below a cut is {@code occluded-data}'s.
 */
public final class DnssecDsNotAtDelegation implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-ds-not-at-delegation",
          "A DS record must be at a delegation point",
          Severity.ERROR,
          Category.RECORDS,
          "RFC 4035 §2.4");

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
    if (node.isApex() || node.isDelegation() || node.enclosingCut() != null) {
      return;
    }
    for (ZoneRecord ds : node.records(Type.DS)) {
      context.report(
          ds,
          "'"
              + node.name()
              + "' has a DS but no NS records, so it is not a delegation and the DS describes"
              + " no child zone",
          "add the delegation's NS records beside the DS, or remove the DS");
    }
  }
}
