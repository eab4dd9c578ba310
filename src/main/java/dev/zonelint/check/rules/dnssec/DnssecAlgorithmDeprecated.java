package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Algorithm;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.zone.Zone;

/**
 * RFC 8624 §3.1's signing column: zones MUST NOT be signed with RSAMD5, DSA, DSA-NSEC3-SHA1 or
 * ECC-GOST (error: validators have dropped them, so the zone validates as insecure at best), and
 * signing with RSASHA1, RSASHA1-NSEC3-SHA1 or RSASHA512 is NOT RECOMMENDED (warning: SHA-1
 * signatures are refused by some validators, e.g. on RHEL 9's default crypto policy). Reported once
 * per key: at each apex DNSKEY and CDNSKEY, and at the first DS or CDS of each key tag.
 */
public final class DnssecAlgorithmDeprecated implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-algorithm-deprecated",
          "DNSSEC keys must not use algorithms RFC 8624 forbids, and should avoid deprecated ones",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 8624 §3.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    KeyAlgorithms.forEach(
        zone,
        (record, number) -> {
          Algorithm algorithm = Algorithm.of(number);
          Algorithm.Status status = algorithm == null ? null : algorithm.signing();
          if (status != Algorithm.Status.MUST_NOT && status != Algorithm.Status.NOT_RECOMMENDED) {
            return; // most keys and DS records of a zone: no message to build
          }
          String subject =
              "this " + record.typeName() + " uses algorithm " + SignedZone.describe(number);
          String help =
              "roll the key over to ECDSAP256SHA256 (13) or ED25519 (15), an algorithm rollover"
                  + " (RFC 6781 §4.1.4)";
          if (status == Algorithm.Status.MUST_NOT) {
            context.report(
                record,
                subject
                    + ", which RFC 8624 says zones MUST NOT be signed with: validators no longer"
                    + " support it and treat the zone as unsigned, or fail it",
                help);
          } else {
            context.report(
                Severity.WARNING,
                record,
                subject
                    + ", which RFC 8624 says is NOT RECOMMENDED for signing: "
                    + (number == Algorithm.RSASHA512.number()
                        ? "it is little deployed and gives nothing over RSASHA256"
                        : "SHA-1 signatures are refused by some validators' crypto policies"),
                help);
          }
        });
  }
}
