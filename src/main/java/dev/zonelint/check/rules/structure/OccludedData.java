package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Type;

/**
 * Below a zone cut the parent holds only glue (RFC 1034 §4.2.1, RFC 1035 §5.2): a query for the
 * delegated name or anything under it gets a referral, so other data there is never served. At the
 * cut itself the parent holds the NS RRset, DS, its DNSSEC records (RRSIG, NSEC) and address
 * records, which may be glue for a server named like the cut. A/AAAA anywhere below the cut count
 * as glue, wildcards included (Knot accepts wildcard glue). An SOA is left to {@code
 * soa-not-at-apex} and a CNAME at the cut to {@code cname-and-other-data}; names below a DNAME are
 * {@code data-below-dname}'s.
 */
public final class OccludedData implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "occluded-data",
          "Data below or at a delegation is hidden by the zone cut",
          Severity.WARNING,
          Category.STRUCTURE,
          "RFC 1034 §4.2.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node.enclosingDname() != null) {
      return;
    }
    Node cut = node.isDelegation() ? node : node.enclosingCut();
    if (cut == null) {
      return;
    }
    boolean atCut = cut.equals(node);
    ZoneRecord ns = cut.first(Type.NS);
    for (ZoneRecord r : node.records()) {
      if (allowed(r, atCut)) {
        continue;
      }
      String where =
          atCut
              ? "at the delegation point '" + node.name() + "'"
              : "at '" + node.name() + "', below the delegation '" + cut.name() + "',";
      context.report(
          r,
          "this "
              + r.typeName()
              + " "
              + where
              + " is never served: queries there get a referral to the child zone's servers",
          "move the record into the child zone '"
              + cut.name()
              + "' on its own servers, or delete it; the parent keeps only NS, DS and glue"
              + " A/AAAA there",
          ns,
          "the delegation is here");
    }
  }

  private static boolean allowed(ZoneRecord r, boolean atCut) {
    if (r.isPseudo()) {
      return false; // provider aliases are answered by the provider, never glue
    }
    int type = r.type();
    if (type == Type.A || type == Type.AAAA || type == Type.SOA) {
      return true;
    }
    return atCut
        && (type == Type.NS
            || type == Type.DS
            || type == Type.RRSIG
            || type == Type.NSEC
            || type == Type.CNAME);
  }
}
