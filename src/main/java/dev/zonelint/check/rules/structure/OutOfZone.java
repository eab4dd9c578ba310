package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;

/**
 * Every record of a zone file belongs at or below the origin (RFC 1035 §5.2); anything else is an
 * oversight, usually a stray trailing dot or an {@code $ORIGIN} that moved elsewhere. BIND ignores
 * the record ("ignoring out-of-zone data"), NSD and PowerDNS refuse the zone. One diagnostic per
 * record, including SOAs: an out-of-zone SOA is reported here only. Silent when no origin is known,
 * since then nothing can be said to be in the zone.
 */
public final class OutOfZone implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "out-of-zone",
          "A record's owner is not at or below the zone origin",
          Severity.ERROR,
          Category.STRUCTURE,
          "RFC 1035");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    if (zone.origin() == null) {
      return;
    }
    for (Node node : zone.outOfZone()) {
      for (ZoneRecord r : node.records()) {
        context.report(
            r,
            "this "
                + r.typeName()
                + " at '"
                + node.name()
                + "' is outside the zone '"
                + zone.origin()
                + "' (origin from "
                + zone.originSource().description()
                + "): BIND silently drops it, NSD and PowerDNS refuse the whole zone",
            "check the owner for a trailing dot that should not be there and for an $ORIGIN"
                + " above it that points elsewhere; records of another domain belong in that"
                + " domain's zone file");
      }
    }
  }
}
