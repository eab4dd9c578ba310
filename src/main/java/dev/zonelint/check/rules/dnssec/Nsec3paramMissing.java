package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Denial;
import dev.zonelint.dnssec.Nsec3Chain;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.zone.Zone;

/**
 * A zone with NSEC3 records needs an NSEC3PARAM at its apex (RFC 5155 §4, §7.3): authoritative
 * servers read the hash parameters from it, and without it they cannot find the chain and answer
 * negative queries without proof. The chain is still checked, with the first NSEC3's parameters.
 */
public final class Nsec3paramMissing implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec3param-missing",
          "A zone with NSEC3 records needs an NSEC3PARAM at its apex",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 5155 §4",
          "RFC 5155 §7.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    Nsec3Chain chain = Nsec3Chain.of(zone);
    if (chain == null
        || chain.param() == null
        || chain.hasApexParam()
        || !Denial.usesNsec3(zone)
        || !SignedZone.of(zone).isSigned()) {
      return;
    }
    context.report(
        chain.param(),
        "the zone has NSEC3 records but no NSEC3PARAM at its apex '"
            + zone.origin()
            + "', so servers cannot find the chain and send negative answers that fail validation",
        "add the NSEC3PARAM with the chain's parameters (flags 0) and sign it, or re-sign the zone");
  }
}
