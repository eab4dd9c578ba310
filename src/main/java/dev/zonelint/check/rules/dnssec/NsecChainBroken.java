package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Denial;
import dev.zonelint.dnssec.DenialRdata;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The NSEC records link the zone's authoritative names in canonical order, the last back to the
 * apex (RFC 4034 §4.1.1, RFC 4035 §2.3): each next-name must be the following name, and a name has
 * one NSEC.
 */
public final class NsecChainBroken implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec-chain-broken",
          "Each NSEC must name the next authoritative name in canonical order, the last the apex",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4034 §4.1.1",
          "RFC 4035 §2.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "re-sign the zone: names added, removed or renamed after signing break the chain";

  @Override
  public void check(Zone zone, RuleContext context) {
    if (!Denial.usesNsec(zone)) {
      return;
    }
    List<Node> names = Denial.nsecNames(zone);
    for (int i = 0; i < names.size(); i++) {
      Node node = names.get(i);
      List<ZoneRecord> nsecs = node.records(Type.NSEC);
      if (nsecs.isEmpty()) {
        continue;
      }
      Node expected = names.get((i + 1) % names.size());
      ZoneRecord first = nsecs.get(0);
      // Nearly every next name is right: matched in place, it is decoded only when it is not.
      Name next =
          first.rdataHoldsIgnoringCase(0, expected.name().toWireCanonical())
              ? null
              : DenialRdata.nsecNext(first.rdata());
      if (next != null && !next.equals(expected.name())) {
        context.report(
            first,
            "the NSEC of '"
                + node.name()
                + "' points to '"
                + next
                + "', but "
                + (i + 1 == names.size()
                    ? "it is the last name, whose NSEC must point back to the apex '"
                    : "the next authoritative name in canonical order is '")
                + expected.name()
                + "', so validators get wrong proofs of non-existence",
            HELP);
      }
      for (ZoneRecord other : nsecs.subList(1, nsecs.size())) {
        if (!other.sameRdata(first)) {
          context.report(
              other,
              "a second NSEC at '"
                  + node.name()
                  + "': a name has one NSEC, and the two contradict each other",
              HELP,
              first,
              "the first NSEC at this name");
        }
      }
    }
  }
}
