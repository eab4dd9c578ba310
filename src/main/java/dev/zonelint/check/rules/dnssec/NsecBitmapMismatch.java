package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Denial;
import dev.zonelint.dnssec.DenialRdata;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Type;

/**
 * An NSEC's type bitmap lists exactly the types at its owner (RFC 4034 §4.1.2): with NSEC itself
 * and RRSIG, and at a delegation only NS, DS, NSEC and RRSIG (RFC 4035 §2.3). A type listed that is
 * not there, or left out that is, makes validators accept a false NODATA or reject a real one.
 */
public final class NsecBitmapMismatch implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec-bitmap-mismatch",
          "An NSEC's type bitmap must list exactly the types at its owner",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4034 §4.1.2",
          "RFC 4035 §2.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    if (!zone.hasType(Type.NSEC)) {
      return;
    }
    boolean signed = zone.hasType(Type.RRSIG);
    Repeated findings = new Repeated();
    for (Node node : Denial.nsecNames(zone)) {
      ZoneRecord nsec = node.first(Type.NSEC);
      int[] types = nsec == null ? null : DenialRdata.nsecTypes(nsec.rdata());
      if (types == null) {
        continue;
      }
      String difference = Denial.difference(Denial.nsecTypes(node, signed), types);
      if (difference != null) {
        findings.add(
            difference,
            nsec,
            "the type bitmap of the NSEC at '"
                + node.name()
                + "' "
                + difference
                + ", so validators get a wrong proof of which types exist there");
      }
    }
    findings.report(
        context,
        "NSEC records",
        "re-sign the zone: records added or removed after signing leave the bitmap stale");
  }
}
