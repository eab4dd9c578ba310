package dev.zonelint.check.rules.targets;

import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneAnswer;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.DNAMERecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Type;

/**
 * A target that this zone answers with an alias: its own or a wildcard's CNAME, or a CNAME
 * synthesized from a DNAME above it (RFC 6672 §3.1). Targets at or below a delegation are the child
 * zone's business and are not looked at.
 *
 * @param what the target and how it is an alias, for a message
 * @param record the CNAME or DNAME responsible
 * @param note the related-location note for that record
 * @param leadsTo the name the alias leads to, quoted, for a help text
 */
record Alias(String what, ZoneRecord record, String note, String leadsTo) {

  /** The alias that answers for the target, or null if the zone answers it otherwise. */
  static Alias of(Zone zone, Name target) {
    ZoneAnswer lookup = ZoneAnswer.of(zone, target);
    if (!lookup.inZone() || lookup.cut() != null) {
      return null;
    }
    if (lookup.dname() != null) {
      ZoneRecord dname = lookup.dname().first(Type.DNAME);
      Name rewritten = rewrite(target, dname);
      String leadsTo =
          rewritten == null ? "the name the DNAME rewrites it to" : "'" + rewritten + "'";
      return new Alias(
          "'"
              + target
              + "' is below the DNAME at '"
              + lookup.dname().name()
              + "', so it is answered with a synthesized CNAME",
          dname,
          "the DNAME is here",
          leadsTo);
    }
    ZoneRecord cname = lookup.cname();
    if (cname == null) {
      return null;
    }
    return new Alias(
        "'" + target + "' is a CNAME" + lookup.viaWildcard(),
        cname,
        "the CNAME is here",
        "'" + cname.target() + "'");
  }

  private static Name rewrite(Name target, ZoneRecord dname) {
    try {
      return dname.toDns() instanceof DNAMERecord record ? target.fromDNAME(record) : null;
    } catch (NameTooLongException e) {
      return null;
    }
  }
}
