package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.dnssec.ZoneKey;
import dev.zonelint.zone.Zone;

/**
 * No apex zone key has the SEP bit (flags 257): nothing marks which key the parent's DS should
 * point at. Validators ignore the bit (RFC 4035 §2.1), so the zone still validates when the DS
 * matches a key that signs the DNSKEY RRset; but registrars' tools and CDS/CDNSKEY automation pick
 * the SEP key, and RFC 6781 §3.1 wants the key-signing role marked. A warning.
 */
public final class DnssecNoKsk implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-no-ksk",
          "A zone with DNSKEYs should have a key-signing key (SEP bit, flags 257)",
          Severity.WARNING,
          Category.DNSSEC,
          "RFC 4035 §2.1",
          "RFC 6781 §3.1",
          "RFC 4034 §2.1.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    ZoneKey first = null;
    for (ZoneKey key : SignedZone.of(zone).keys()) {
      if (!key.isZoneKey()) {
        continue;
      }
      if (key.isSep()) {
        return;
      }
      first = first == null ? key : first;
    }
    if (first != null) {
      context.report(
          first.record(),
          "no DNSKEY of '"
              + zone.origin()
              + "' has the SEP bit (flags 257), so nothing marks the key the parent's DS should"
              + " point at: registrar tools and CDS automation may pick a zone-signing key",
          "generate a key-signing key (flags 257), sign the DNSKEY RRset with it and give the"
              + " parent its DS; or set the SEP bit on the key that signs the DNSKEY RRset");
    }
  }
}
