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
 * An apex DNSKEY validators cannot use: a protocol other than 3 (RFC 4034 §2.1.2 says to treat the
 * key as invalid) or key data that does not decode for its algorithm are errors. Flags without the
 * zone-key bit (such a key must not verify RRSIGs) or with reserved bits set are warnings: the key
 * is legal, but is not the zone key its author meant.
 */
public final class DnssecDnskeyInvalid implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-dnskey-invalid",
          "An apex DNSKEY must have protocol 3, valid flags and key data that decodes",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4034 §2.1.1",
          "RFC 4034 §2.1.2",
          "RFC 5011 §3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String REGENERATE =
      "publish the key as the signer wrote it (dnssec-keygen, ldns-keygen or the signer's key"
          + " export), or remove it";

  @Override
  public void check(Zone zone, RuleContext context) {
    for (ZoneKey key : SignedZone.of(zone).keys()) {
      String subject = "this DNSKEY (tag " + key.keyTag() + ") ";
      if (key.protocol() != ZoneKey.PROTOCOL) {
        context.report(
            key.record(),
            subject
                + "has protocol "
                + key.protocol()
                + ", but DNSSEC keys have protocol 3 and validators treat any other key as"
                + " invalid",
            REGENERATE);
      } else if (key.decodeError() != null) {
        context.report(
            key.record(),
            subject
                + "has key data that does not decode for algorithm "
                + SignedZone.describe(key.algorithm())
                + ": "
                + key.decodeError(),
            REGENERATE);
      } else if ((key.flags() & ~ZoneKey.KNOWN_FLAGS) != 0) {
        context.report(
            Severity.WARNING,
            key.record(),
            subject
                + "has flags "
                + key.flags()
                + " with reserved bits set: only 256 (zone key), 257 (zone key with SEP) and the"
                + " revoke bit (128) have a meaning",
            "use flags 256 for a zone-signing key and 257 for a key-signing key");
      } else if (!key.isZoneKey()) {
        context.report(
            Severity.WARNING,
            key.record(),
            subject
                + "has flags "
                + key.flags()
                + " without the zone-key bit (256), so validators must not use it to verify the"
                + " zone's signatures",
            "use flags 256 for a zone-signing key and 257 for a key-signing key");
      }
    }
  }
}
