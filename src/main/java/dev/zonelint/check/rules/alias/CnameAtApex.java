package dev.zonelint.check.rules.alias;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * The zone apex owns the SOA and NS records, and a CNAME must stand alone at its name (RFC 1034
 * §3.6.2, RFC 2181 §10.1), so a CNAME can never be at the apex (RFC 1912 §2.4). BIND, Knot and NSD
 * refuse to load such a zone; a server that does load it may answer with the CNAME for every query,
 * so the delegation and mail for the whole domain break. Reported once, on the first CNAME; {@code
 * cname-and-other-data} leaves the apex to this rule.
 */
public final class CnameAtApex implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "cname-at-apex",
          "The zone apex must not have a CNAME",
          Severity.ERROR,
          Category.ALIAS,
          "RFC 1912 §2.4",
          "RFC 2181 §10.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.CNAME);
  }

  @Override
  public void check(Node node, RuleContext context) {
    ZoneRecord cname = node.first(Type.CNAME);
    if (cname == null || !node.isApex() || context.options().provider().flattens(true)) {
      return; // a flattening provider (Cloudflare) answers an apex CNAME with addresses
    }
    String message =
        "'"
            + node.name()
            + "' is the zone apex, where the SOA and NS records must be, so a CNAME cannot be"
            + " here: most servers refuse to load the zone, and the others answer every query"
            + " for the domain, including NS and MX, with the CNAME";
    String help =
        "remove the CNAME; at the apex use A/AAAA records, a provider alias (ALIAS, ANAME,"
            + " Route 53 alias, Cloudflare flattening) or an HTTPS record in AliasMode"
            + " (RFC 9460), and put the CNAME on a name such as 'www' instead";
    ZoneRecord other = firstOther(node);
    if (other == null) {
      context.report(cname, message, help);
    } else {
      context.report(
          cname, message, help, other, "the apex's " + other.typeName() + " record is here");
    }
  }

  /** The record the CNAME collides with: the SOA if there is one, else any non-CNAME record. */
  private static ZoneRecord firstOther(Node node) {
    ZoneRecord soa = node.first(Type.SOA);
    if (soa != null) {
      return soa;
    }
    for (ZoneRecord r : node.records()) {
      if (r.isPseudo() || r.type() != Type.CNAME) {
        return r;
      }
    }
    return null;
  }
}
