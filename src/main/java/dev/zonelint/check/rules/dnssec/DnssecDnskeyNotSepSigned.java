package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.RrsigFields;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.dnssec.ZoneKey;
import dev.zonelint.zone.Zone;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.xbill.DNS.Type;

/**
 * The parent's DS points at a key-signing key (SEP bit); validators accept the DNSKEY RRset only
 * when that key signs it (RFC 4035 §5.2). So for each algorithm with a SEP key, some SEP key of
 * that algorithm must sign the DNSKEY RRset. Signatures are matched by key tag and algorithm: one
 * that does not verify is {@code dnssec-rrsig-bogus}'s, a DNSKEY RRset with no signature of an
 * algorithm is {@code dnssec-rrsig-missing}'s, and a zone without SEP keys {@code dnssec-no-ksk}'s.
 */
public final class DnssecDnskeyNotSepSigned implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-dnskey-not-sep-signed",
          "The DNSKEY RRset must be signed by a SEP key (flags 257) of each algorithm",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4035 §5.2",
          "RFC 6781 §3.1",
          "RFC 6840 §5.11");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    SignedZone signed = SignedZone.of(zone);
    if (!signed.isSigned()) {
      return;
    }
    // Algorithms with no signature over the DNSKEY RRset at all are dnssec-rrsig-missing's.
    Set<Integer> dnskeySigned = new TreeSet<>();
    Set<Integer> sepSigned = new TreeSet<>();
    for (RrsigFields sig : signed.signatures(zone.apex())) {
      if (sig.typeCovered() != Type.DNSKEY) {
        continue;
      }
      for (ZoneKey key : signed.keysFor(sig)) {
        dnskeySigned.add(key.algorithm());
        if (key.isSep()) {
          sepSigned.add(key.algorithm());
        }
      }
    }
    Map<Integer, ZoneKey> firstSep = new TreeMap<>();
    for (ZoneKey key : signed.keys()) {
      int algorithm = key.algorithm();
      if (key.isZoneKey()
          && key.isSep()
          && dnskeySigned.contains(algorithm)
          && !sepSigned.contains(algorithm)) {
        firstSep.putIfAbsent(algorithm, key);
      }
    }
    for (ZoneKey key : firstSep.values()) {
      context.report(
          key.record(),
          "no SEP key of algorithm "
              + SignedZone.describe(key.algorithm())
              + " signs the DNSKEY RRset of '"
              + zone.origin()
              + "': the parent's DS points at such a key (this one has tag "
              + key.keyTag()
              + "), so validators cannot authenticate the zone's keys",
          "re-sign the DNSKEY RRset with the key-signing key; a signer given only the"
              + " zone-signing key leaves the KSK's signature out");
    }
  }
}
