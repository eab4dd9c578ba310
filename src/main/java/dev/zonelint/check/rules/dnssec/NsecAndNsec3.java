package dev.zonelint.check.rules.dnssec;

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
 * A zone proves non-existence with NSEC or with NSEC3, not both (RFC 5155 §10.4): servers pick one
 * by the NSEC3PARAM, and the other chain is dead weight that goes stale. A warning, since a zone
 * moving from one to the other holds both for a while; both chains are still checked.
 */
public final class NsecAndNsec3 implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec-and-nsec3",
          "A zone should not hold both an NSEC and an NSEC3 chain",
          Severity.WARNING,
          Category.DNSSEC,
          "RFC 5155 §10.4",
          "RFC 4035 §2.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    if (!zone.hasType(Type.NSEC) || !zone.hasType(Type.NSEC3)) {
      return;
    }
    ZoneRecord nsec = null;
    ZoneRecord nsec3 = null;
    for (Node node : zone.nodes()) {
      nsec = nsec == null ? node.first(Type.NSEC) : nsec;
      nsec3 = nsec3 == null ? node.first(Type.NSEC3) : nsec3;
      if (nsec != null && nsec3 != null) {
        context.report(
            nsec3,
            "the zone has both NSEC and NSEC3 records: servers answer with one chain, and the"
                + " other is left over from a change of denial method and goes stale",
            "finish the change: re-sign with only NSEC or only NSEC3",
            nsec,
            "the first NSEC");
        return;
      }
    }
  }
}
