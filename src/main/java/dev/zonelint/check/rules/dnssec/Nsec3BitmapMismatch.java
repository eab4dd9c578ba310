package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Denial;
import dev.zonelint.dnssec.Nsec3Chain;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import org.xbill.DNS.Type;

/**
 * An NSEC3's type bitmap lists the types at the name it was hashed from (RFC 5155 §3.2, §7.1): with
 * RRSIG when any is signed, nothing for an empty non-terminal, and at a delegation only NS, and DS
 * with RRSIG when there is a DS.
 */
public final class Nsec3BitmapMismatch implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec3-bitmap-mismatch",
          "An NSEC3's type bitmap must list exactly the types at the name it was hashed from",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 5155 §3.2",
          "RFC 5155 §7.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    Nsec3Chain chain = Nsec3Chain.of(zone);
    if (chain == null) {
      return;
    }
    boolean signed = zone.hasType(Type.RRSIG);
    Repeated findings = new Repeated();
    for (Nsec3Chain.Match m : chain.matches()) {
      Node node = m.name().node();
      int[] types = m.link().types();
      String difference =
          types == null ? null : Denial.difference(Denial.nsec3Types(node, signed), types);
      if (difference != null) {
        findings.add(
            difference,
            m.link().record(),
            "the type bitmap of the NSEC3 for '"
                + node.name()
                + "' "
                + difference
                + ", so validators get a wrong proof of which types exist there");
      }
    }
    findings.report(
        context,
        "NSEC3 records",
        "re-sign the zone: records added or removed after signing leave the bitmap stale");
  }
}
