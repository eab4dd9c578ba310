package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Zone;

/**
 * RFC 9276 §3.1: extra NSEC3 iterations add no protection and cost every validator work, so zones
 * should use 0 (warning otherwise). Above 100 validators give up (RFC 9276 §3.2): BIND, Unbound and
 * PowerDNS treat such zones as unsigned beyond 150 and systemd-resolved beyond 100, and some answer
 * SERVFAIL, so that is an error.
 */
public final class Nsec3Iterations implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec3-iterations",
          "NSEC3 should use 0 additional iterations, and must not use more than 100",
          Severity.WARNING,
          Category.DNSSEC,
          "RFC 9276 §3.1",
          "RFC 9276 §3.2",
          "RFC 5155 §10.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  static final int VALIDATOR_LIMIT = 100;

  @Override
  public void check(Zone zone, RuleContext context) {
    for (Nsec3Parameters p : Nsec3Parameters.ofZone(zone)) {
      if (p.iterations() == 0) {
        continue;
      }
      String subject =
          "this " + p.record().typeName() + " asks for " + p.iterations() + " extra iterations";
      String help = "re-sign with 0 iterations (ldns-signzone -t 0, dnssec-signzone -3 - -H 0)";
      if (p.iterations() > VALIDATOR_LIMIT) {
        context.report(
            Severity.ERROR,
            p.record(),
            subject
                + ", beyond what validators accept: they treat the zone as unsigned or answer"
                + " SERVFAIL for its denials",
            help);
      } else {
        context.report(
            p.record(),
            subject + ", which RFC 9276 says to drop: they protect nothing and cost validators",
            help);
      }
    }
  }
}
