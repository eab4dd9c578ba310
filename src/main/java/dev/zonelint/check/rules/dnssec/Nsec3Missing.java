package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Denial;
import dev.zonelint.dnssec.Nsec3Chain;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xbill.DNS.Type;
import org.xbill.DNS.utils.base32;

/**
 * Every authoritative name and every empty non-terminal of an NSEC3 zone needs an NSEC3 at the hash
 * of its name, made with the NSEC3PARAM's parameters (RFC 5155 §7.1). Only with opt-out may an
 * insecure delegation, or an empty non-terminal with only such delegations below, go without one,
 * and then the NSEC3 covering its hash must have the opt-out flag (RFC 5155 §7.2.1).
 */
public final class Nsec3Missing implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec3-missing",
          "Every authoritative name and empty non-terminal needs the NSEC3 of its hash",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 5155 §7.1",
          "RFC 5155 §7.2.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final base32 BASE32HEX = new base32(base32.Alphabet.BASE32HEX, false, true);

  @Override
  public void check(Zone zone, RuleContext context) {
    Nsec3Chain chain = Nsec3Chain.of(zone);
    // With no NSEC3 of the chain's parameters, nsec3-param-mismatch says why, once.
    if (chain == null
        || chain.links().isEmpty()
        || !Denial.usesNsec3(zone)
        || !SignedZone.of(zone).isSigned()) {
      return;
    }
    List<Nsec3Chain.Hashed> missing = new ArrayList<>(chain.missing());
    missing.sort(Comparator.comparingInt(Nsec3Chain.Hashed::index));
    for (Nsec3Chain.Hashed h : missing) {
      Node node = h.node();
      String what =
          node.isEmptyNonTerminal()
              ? "the empty non-terminal '" + node.name() + "' (a name with names below it)"
              : node.isDelegation()
                  ? "the delegation '" + node.name() + "'"
                  : "'" + node.name() + "'";
      String optOut =
          node.isEmptyNonTerminal()
              ? "; only one whose names below are all insecure delegations without NSEC3 may go"
                  + " without, under an opt-out NSEC3"
              : node.isDelegation() && !node.has(Type.DS)
                  ? "; an insecure delegation may go without only under an opt-out NSEC3"
                  : "";
      context.report(
          Denial.anchor(zone, h.index()),
          what
              + " has no NSEC3 (hashed owner "
              + BASE32HEX.toString(h.hash())
              + "), so validators cannot verify answers for it"
              + optOut,
          "re-sign the zone: a name added after signing has no NSEC3");
    }
  }
}
