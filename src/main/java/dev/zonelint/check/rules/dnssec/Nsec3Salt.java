package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Zone;

/**
 * RFC 9276 §3.1: an NSEC3 salt does not stop zone walking (the salt is public) and only makes
 * responses larger, so operators should not use one. A warning, once per NSEC3PARAM (or at the
 * first NSEC3 of a zone without one).
 */
public final class Nsec3Salt implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec3-salt",
          "NSEC3 should use an empty salt",
          Severity.WARNING,
          Category.DNSSEC,
          "RFC 9276 §3.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    for (Nsec3Parameters p : Nsec3Parameters.ofZone(zone)) {
      if (p.saltLength() > 0) {
        context.report(
            p.record(),
            "this "
                + p.record().typeName()
                + " has a "
                + p.saltLength()
                + "-octet salt, which RFC 9276 says not to use: the salt is public, so it does"
                + " not slow zone walking, and it only enlarges responses",
            "re-sign with an empty salt ('-' in NSEC3PARAM; ldns-signzone -s '', dnssec-signzone"
                + " -3 -)");
      }
    }
  }
}
