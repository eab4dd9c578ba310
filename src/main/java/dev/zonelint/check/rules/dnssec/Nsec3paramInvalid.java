package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * NSEC3PARAM tells the zone's servers which NSEC3 chain to answer from (RFC 5155 §4): it belongs at
 * the apex only, with flags 0 (RFC 5155 §4.2: servers ignore one with other flags) and a known hash
 * algorithm (1, SHA-1, the only one assigned); otherwise servers cannot find the chain and Knot
 * refuses the zone. A second apex NSEC3PARAM is a warning: legal while the signer changes
 * parameters (RFC 5155 §7.1), but each needs a complete chain.
 */
public final class Nsec3paramInvalid implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec3param-invalid",
          "NSEC3PARAM must be at the apex with flags 0 and hash algorithm 1, and should be alone",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 5155 §4",
          "RFC 5155 §4.2",
          "RFC 5155 §7.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "re-sign the zone with NSEC3 so the signer writes one NSEC3PARAM at the apex, e.g."
          + " 'NSEC3PARAM 1 0 0 -'";

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.NSEC3PARAM);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.has(Type.NSEC3PARAM) || node.enclosingCut() != null || node.isOutOfZone()) {
      return;
    }
    List<ZoneRecord> params = node.records(Type.NSEC3PARAM);
    for (ZoneRecord r : params) {
      Nsec3Parameters p = Nsec3Parameters.of(r);
      if (!node.isApex()) {
        context.report(
            r,
            "an NSEC3PARAM at '"
                + node.name()
                + "' is not at the zone apex, so servers never use it",
            HELP);
      } else if (r != params.get(0)) {
        context.report(
            Severity.WARNING,
            r,
            "the apex has more than one NSEC3PARAM, so the zone needs a complete NSEC3 chain for"
                + " each: normal only while the signer changes parameters",
            "once the new chain is complete, remove the old NSEC3PARAM and its NSEC3 records");
      } else if (p != null && p.hash() != 1) {
        context.report(
            r,
            "this NSEC3PARAM uses hash algorithm "
                + p.hash()
                + ", but SHA-1 (1) is the only one defined: validators cannot check its chain",
            HELP);
      } else if (p != null && p.flags() != 0) {
        context.report(
            r,
            "this NSEC3PARAM has flags "
                + p.flags()
                + ", but its flags must be 0 (opt-out is set on the NSEC3 records): servers"
                + " ignore it and may not find the chain",
            HELP);
      }
    }
  }
}
