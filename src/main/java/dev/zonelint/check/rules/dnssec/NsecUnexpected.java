package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Denial;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import org.xbill.DNS.Type;

/**
 * Only authoritative names have an NSEC (RFC 4035 §2.3): not glue or other names below a delegation
 * (they belong to the child zone), not names below a DNAME, which do not exist in the zone, and not
 * a name whose data was removed while its NSEC stayed.
 */
public final class NsecUnexpected implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec-unexpected",
          "An NSEC must not be at glue, below a DNAME or at a name with no other data",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4035 §2.3",
          "RFC 6672 §2.4");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    if (!zone.hasType(Type.NSEC)) {
      return;
    }
    for (Node node : zone.nodes()) {
      if (!node.has(Type.NSEC) || Denial.isAuthoritative(node)) {
        continue;
      }
      String where =
          node.enclosingCut() != null
              ? "below the delegation '"
                  + node.enclosingCut().name()
                  + "', where the child zone, not this one, proves what exists"
              : node.enclosingDname() != null
                  ? "below the DNAME at '"
                      + node.enclosingDname().name()
                      + "', where no name of this zone exists"
                  : "a name with no other data, left over from data removed after signing";
      context.report(
          node.first(Type.NSEC),
          "an NSEC at '" + node.name() + "', " + where + "; it is in no chain and confuses servers",
          "remove it and re-sign the zone");
    }
  }
}
