package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleMeta;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.RrsigFields;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.xbill.DNS.Type;

/**
 * Every authoritative RRset of a signed zone needs an RRSIG made by an apex key of each algorithm
 * in the DNSKEY RRset (RFC 4035 §2.2, RFC 6840 §5.11); without one, validators reject the answer.
 */
@RuleMeta(
    id = "dnssec-rrsig-missing",
    summary = "Every authoritative RRset needs an RRSIG by an apex key of each DNSKEY algorithm",
    severity = Severity.ERROR,
    category = Category.DNSSEC,
    references = {"RFC 4035 §2.2", "RFC 6840 §5.11"})
public final class DnssecRrsigMissing implements ZoneRule {

  @Override
  public void check(Zone zone, RuleContext context) {
    SignedZone signed = SignedZone.of(zone);
    if (!signed.isSigned()) {
      return;
    }
    Set<Integer> algorithms = signed.algorithms();
    for (Node node : zone.nodes()) {
      Map<Integer, List<ZoneRecord>> rrsets = SignedZone.authoritativeRrsets(node);
      if (rrsets.isEmpty()) {
        continue;
      }
      List<RrsigFields> signatures = SignedZone.signatures(node);
      for (Map.Entry<Integer, List<ZoneRecord>> rrset : rrsets.entrySet()) {
        Set<Integer> missing = new TreeSet<>(algorithms);
        for (RrsigFields sig : signatures) {
          if (sig.typeCovered() == rrset.getKey() && !signed.keysFor(sig).isEmpty()) {
            missing.remove(sig.algorithm());
          }
        }
        if (!missing.isEmpty()) {
          context.report(
              rrset.getValue().get(0),
              "the "
                  + Type.string(rrset.getKey())
                  + " RRset of '"
                  + node.name()
                  + "' has no RRSIG by an apex key of algorithm "
                  + SignedZone.describe(missing)
                  + ", so validators treat it as bogus",
              "re-sign the zone: a record added or edited after signing has no signature");
        }
      }
    }
  }
}
