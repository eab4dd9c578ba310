package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Nsec3Chain;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;

/**
 * An NSEC3 stands for one name of the zone: its owner is the base32hex hash of that name, one label
 * directly below the apex (RFC 5155 §3, §7.1). One whose hash is no name's is left from a name that
 * was removed, or was never hashed from this zone.
 */
public final class Nsec3Orphan implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec3-orphan",
          "An NSEC3's owner must be the hash of a name of the zone, directly below the apex",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 5155 §3",
          "RFC 5155 §7.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "re-sign the zone: a signer removes the NSEC3 of names that are gone";

  @Override
  public void check(Zone zone, RuleContext context) {
    Nsec3Chain chain = Nsec3Chain.of(zone);
    if (chain == null) {
      return;
    }
    for (ZoneRecord r : chain.misplaced()) {
      context.report(
          r,
          "the NSEC3 at '"
              + r.owner()
              + "' is not at a base32hex hash label directly below the apex '"
              + zone.origin()
              + "', so it stands for no name and validators never use it",
          HELP);
    }
    for (Nsec3Chain.Link link : chain.orphans()) {
      context.report(
          link.record(),
          "the NSEC3 at '"
              + link.record().owner()
              + "' matches the hash of no name of the zone: its name was removed, or it was"
              + " hashed with other parameters, and it proves the wrong names absent",
          HELP);
    }
  }
}
