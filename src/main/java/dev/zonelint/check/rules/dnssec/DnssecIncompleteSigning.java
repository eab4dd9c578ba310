package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.zone.Zone;

/**
 * A zone with signatures but no apex DNSKEY, or with a DNSKEY but no signature at all, is half
 * signed: one finding says so, instead of one per RRset from the signature rules, which then stay
 * quiet. A warning: servers that sign on load (BIND inline signing, Knot automatic signing) are
 * given zone files that hold keys and no signatures.
 */
public final class DnssecIncompleteSigning implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-incomplete-signing",
          "A zone with RRSIGs needs an apex DNSKEY, and a zone with a DNSKEY needs RRSIGs",
          Severity.WARNING,
          Category.DNSSEC,
          "RFC 4035 §2.1",
          "RFC 4035 §2.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    SignedZone signed = SignedZone.of(zone);
    if (signed.keys().isEmpty() && signed.firstRrsig() != null) {
      context.report(
          signed.firstRrsig(),
          "the zone has RRSIG records but no DNSKEY at its apex '"
              + zone.origin()
              + "', so no signature can be validated and a validator whose parent has a DS for"
              + " it treats the zone as bogus",
          "add the zone's DNSKEY RRset (with its signatures) at the apex, or re-sign the zone");
    } else if (!signed.keys().isEmpty() && signed.firstRrsig() == null) {
      context.report(
          signed.keys().get(0).record(),
          "the zone has a DNSKEY at its apex but no RRSIG at all: it was never signed or its"
              + " signatures were stripped, so a validator whose parent has a DS for it treats"
              + " every answer as bogus",
          "sign the zone (dnssec-signzone, ldns-signzone) before loading it, or remove the"
              + " DNSKEY and the parent's DS");
    }
  }
}
