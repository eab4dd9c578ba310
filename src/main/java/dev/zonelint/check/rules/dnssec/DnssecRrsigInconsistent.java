package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.RrsigFields;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.zone.CommonTypes;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;

/**
 * An RRSIG's fields must match what it covers (RFC 4035 §5.3.1): the signer is the zone apex, the
 * label count is the owner's (not counting a leading wildcard), the original TTL is the RRset's,
 * and the covered type exists at the owner.
 */
public final class DnssecRrsigInconsistent implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-rrsig-inconsistent",
          "An RRSIG's signer, labels, original TTL and covered type must match its RRset",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4034 §3.1",
          "RFC 4035 §5.3.1");

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
    for (SignedZone.SignedNode signedNode : signed.signedNodes()) {
      Node node = signedNode.node();
      if (node.enclosingCut() != null) {
        continue;
      }
      for (RrsigFields sig : signedNode.signatures()) {
        String problem = problem(sig, node, zone, node.first(sig.typeCovered()));
        if (problem != null) {
          context.report(
              sig.record(),
              "the RRSIG over the "
                  + CommonTypes.name(sig.typeCovered())
                  + " RRset of '"
                  + node.name()
                  + "' "
                  + problem
                  + ", so validators reject it",
              "re-sign the zone; a signature copied from another name or zone never fits");
        }
      }
    }
  }

  /** What is wrong with the signature, given the first record of the RRset it covers (or null). */
  private static String problem(RrsigFields sig, Node node, Zone zone, ZoneRecord covered) {
    if (!sig.signer().equals(zone.origin())) {
      return "names signer '" + sig.signer() + "', not the zone apex '" + zone.origin() + "'";
    }
    if (covered == null) {
      return "covers a type that '" + node.name() + "' does not have";
    }
    if (!DnssecRrsigBogus.labelsFit(sig, node)) {
      return "has a label count of "
          + sig.labels()
          + " where the owner has "
          + (node.name().labels() - 1 - (node.isWildcard() ? 1 : 0));
    }
    long ttl = covered.ttl();
    if (sig.originalTtl() != ttl) {
      return "has an original TTL of " + sig.originalTtl() + " where the RRset's TTL is " + ttl;
    }
    return null;
  }
}
