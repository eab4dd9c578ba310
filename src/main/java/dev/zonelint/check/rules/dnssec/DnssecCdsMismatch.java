package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.DsFields;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.dnssec.ZoneKey;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A parent that follows CDS/CDNSKEY (RFC 7344 §4, RFC 8078) publishes the DS they describe, so a
 * CDS whose digest (recomputed here) matches no apex DNSKEY, or a CDNSKEY that equals none, makes
 * the parent publish a DS for a key the zone does not have: the zone goes bogus. When both RRsets
 * are present they must describe the same keys, or parents refuse them. Delete requests (algorithm
 * 0) are {@code dnssec-cds-delete-invalid}'s.
 */
public final class DnssecCdsMismatch implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-cds-mismatch",
          "CDS and CDNSKEY records must match apex DNSKEYs and describe the same keys",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 7344 §4",
          "RFC 7344 §5",
          "RFC 8078 §3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "regenerate CDS and CDNSKEY from the current key-signing keys (dnssec-dsfromkey -C,"
          + " ldns-key2ds) or let the signer maintain them";

  @Override
  public void check(Zone zone, RuleContext context) {
    Node apex = zone.apex();
    if (apex == null || !(apex.has(Type.CDS) || apex.has(Type.CDNSKEY))) {
      return;
    }
    Name owner = zone.origin();
    List<ZoneKey> keys = SignedZone.of(zone).keys();
    List<DsFields> cds = new ArrayList<>();
    for (ZoneRecord r : apex.records(Type.CDS)) {
      DsFields f = DsFields.of(r);
      if (f != null && f.algorithm() != 0) {
        cds.add(f);
      }
    }
    List<ZoneRecord> cdnskeys = new ArrayList<>();
    for (ZoneRecord r : apex.records(Type.CDNSKEY)) {
      if (r.rdata().length >= 4 && r.rdata()[3] != 0) {
        cdnskeys.add(r);
      }
    }
    List<DsFields> withoutCdnskey = new ArrayList<>();
    for (DsFields f : cds) {
      boolean any = false;
      for (ZoneKey k : keys) {
        any |= f.matches(owner, k.record().rdata(), k.keyTag());
      }
      if (!any) {
        report(context, f.record(), "matches no DNSKEY of the zone (key tag " + f.keyTag() + ")");
      } else {
        withoutCdnskey.add(f);
      }
    }
    for (ZoneRecord c : cdnskeys) {
      boolean any = false;
      for (ZoneKey k : keys) {
        any |= Arrays.equals(c.rdata(), k.record().rdata());
      }
      if (!any) {
        report(context, c, "equals no DNSKEY of the zone");
        continue;
      }
      if (cds.isEmpty()) {
        continue;
      }
      int tag = ((DNSKEYRecord) c.toDns()).getFootprint();
      boolean described = false;
      for (DsFields f : cds) {
        if (f.matches(owner, c.rdata(), tag)) {
          described = true;
          withoutCdnskey.remove(f);
        }
      }
      if (!described) {
        report(context, c, "has no CDS describing the same key (tag " + tag + ")");
      }
    }
    if (!cdnskeys.isEmpty()) {
      for (DsFields f : withoutCdnskey) {
        report(context, f.record(), "has no CDNSKEY for the same key (tag " + f.keyTag() + ")");
      }
    }
  }

  private static void report(RuleContext context, ZoneRecord at, String what) {
    context.report(
        at,
        "this "
            + at.typeName()
            + " "
            + what
            + ": a parent following it publishes a DS that breaks or contradicts the chain of"
            + " trust",
        HELP);
  }
}
