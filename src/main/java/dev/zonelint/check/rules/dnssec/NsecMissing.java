package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Denial;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Type;

/**
 * In a zone denied with NSEC, every authoritative name (the apex, names with data, delegations; not
 * glue or empty non-terminals) needs an NSEC (RFC 4035 §2.3). A signed zone with neither NSEC nor
 * NSEC3 cannot prove any negative answer: one finding says so.
 */
public final class NsecMissing implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec-missing",
          "Every authoritative name of an NSEC-signed zone needs an NSEC",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4035 §2.3",
          "RFC 4034 §4");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    // Absence matters only where validators rely on the chain: in a signed zone.
    SignedZone signed = SignedZone.of(zone);
    if (!signed.isSigned()) {
      return;
    }
    if (!zone.hasType(Type.NSEC) && !zone.hasType(Type.NSEC3)) {
      ZoneRecord soa = zone.apex().first(Type.SOA);
      context.report(
          soa != null ? soa : signed.firstRrsig(),
          "the zone is signed but has no NSEC or NSEC3 records, so no negative answer (NXDOMAIN,"
              + " NODATA) from it can be validated and validators treat them as bogus",
          "sign the whole zone with a signer, which builds the NSEC or NSEC3 chain");
      return;
    }
    if (!Denial.usesNsec(zone)) {
      return;
    }
    for (Node node : Denial.nsecNames(zone)) {
      if (!node.has(Type.NSEC)) {
        context.report(
            node.records().get(0),
            "'"
                + node.name()
                + "' has no NSEC, so the NSEC chain skips it: negative answers near it cannot be"
                + " validated",
            "re-sign the zone: a name added after signing has no NSEC");
      }
    }
  }
}
