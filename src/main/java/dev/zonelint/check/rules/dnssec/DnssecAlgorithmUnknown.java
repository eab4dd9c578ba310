package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Algorithm;
import dev.zonelint.zone.Zone;

/**
 * A key whose algorithm number is unassigned, reserved or private (253, 254): validators that do
 * not know it treat the zone as unsigned (RFC 4035 §5.2), so its signatures protect nothing. Often
 * a typo in a hand-written DS or DNSKEY. Reported once per key, as {@code
 * dnssec-algorithm-deprecated} does.
 */
public final class DnssecAlgorithmUnknown implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-algorithm-unknown",
          "DNSSEC keys should use an assigned signing algorithm validators know",
          Severity.WARNING,
          Category.DNSSEC,
          "RFC 4035 §5.2",
          "RFC 8624 §3.1",
          "RFC 4034 App. A.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    KeyAlgorithms.forEach(
        zone,
        (record, number) -> {
          if (Algorithm.of(number) != null) {
            return;
          }
          String kind =
              number == 253 || number == 254
                  ? "a private algorithm"
                  : number == 2 || number == 252
                      ? "not a signing algorithm"
                      : number == 0 || number == 4 || number == 9 || number == 11 || number >= 123
                          ? "reserved"
                          : "unassigned";
          context.report(
              record,
              "this "
                  + record.typeName()
                  + " uses algorithm "
                  + number
                  + ", which is "
                  + kind
                  + ": validators that do not know it treat the zone as unsigned",
              "check the algorithm number; sign with ECDSAP256SHA256 (13) or ED25519 (15)");
        });
  }
}
