package dev.zonelint.check.rules.provider;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;

/**
 * Google Cloud DNS and Gandi LiveDNS serve their ALIAS record only at the zone apex (Google's
 * records overview; dnscontrol's {@code LabelNotApex} check for both): an ALIAS on any other name
 * is refused on import. Names below the apex can use a plain CNAME instead.
 */
public final class AliasNotAtApex implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "alias-not-at-apex",
          "An ALIAS below the apex under a provider that serves ALIAS only at the apex",
          Severity.ERROR,
          Category.PROVIDER,
          "Google Cloud DNS records overview",
          "dnscontrol provider/gandiv5");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public boolean triggeredByPseudoRecords() {
    return true;
  }

  @Override
  public void check(Node node, RuleContext context) {
    Provider provider = context.options().provider();
    if (node.isApex() || provider.aliasPlacement() != Provider.AliasPlacement.APEX_ONLY) {
      return;
    }
    for (ZoneRecord r : node.records()) {
      if (r.isPseudo() && r.kind() == provider.aliasRecord()) {
        context.report(
            r,
            "'"
                + node.name()
                + "' is below the zone apex, and "
                + provider.displayName()
                + " serves "
                + r.typeName()
                + " only at the apex, so it refuses the record",
            "below the apex use a CNAME to '"
                + r.target()
                + "' (alone at its name), or A/AAAA records");
      }
    }
  }
}
