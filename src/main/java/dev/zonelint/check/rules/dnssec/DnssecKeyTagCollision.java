package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.dnssec.ZoneKey;
import dev.zonelint.zone.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apex keys with the same key tag and algorithm: an RRSIG or DS names its key only by those, so
 * validators must try each (RFC 4034 App. B). Two or three such keys are a warning, a classic snag
 * of key rollovers; four or more an error: kzonecheck refuses such a zone, and validators hardened
 * against KeyTrap (CVE-2023-50387) cap how many keys they try per signature. Reported once per tag,
 * at the second key.
 */
public final class DnssecKeyTagCollision implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-key-tag-collision",
          "Apex DNSKEYs should not share a key tag and algorithm",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4034 App. B",
          "RFC 4035 §5.3.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final int ERROR_AT = 4;

  @Override
  public void check(Zone zone, RuleContext context) {
    Map<List<Integer>, List<ZoneKey>> byTag = new LinkedHashMap<>();
    for (ZoneKey key : SignedZone.of(zone).keys()) {
      byTag
          .computeIfAbsent(List.of(key.keyTag(), key.algorithm()), t -> new ArrayList<>())
          .add(key);
    }
    for (List<ZoneKey> keys : byTag.values()) {
      if (keys.size() < 2) {
        continue;
      }
      ZoneKey first = keys.get(0);
      String message =
          keys.size()
              + " DNSKEYs of algorithm "
              + SignedZone.describe(first.algorithm())
              + " have key tag "
              + first.keyTag()
              + ": validators must try each key for every signature";
      String help = "replace one of the keys with a newly generated one (its tag will differ)";
      if (keys.size() < ERROR_AT) {
        context.report(
            Severity.WARNING, keys.get(1).record(), message + ", which costs them time", help);
      } else {
        List<Related> related = new ArrayList<>();
        for (ZoneKey other : keys) {
          if (other != keys.get(1)) {
            related.add(new Related(context.location(other.record()), "same key tag"));
          }
        }
        context.report(
            keys.get(1).record(),
            message + ", and those that cap the attempts (KeyTrap mitigations) may fail the zone",
            help,
            related);
      }
    }
  }
}
