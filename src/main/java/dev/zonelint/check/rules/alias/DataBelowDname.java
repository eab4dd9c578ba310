package dev.zonelint.check.rules.alias;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.DNAMERecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Type;

/**
 * A DNAME redirects every name below its owner (RFC 6672 §2.3), so no records may exist there (RFC
 * 6672 §2.4): they are never served, resolvers are sent to the DNAME's target instead, and Knot and
 * NSD refuse to load the zone. Reported on each record below the highest DNAME, except the DNSSEC
 * records (RRSIG, NSEC, NSEC3) that a signer puts there. A DNAME at or below a zone cut is itself
 * not served, and its subtree is left to {@code occluded-data}.
 */
public final class DataBelowDname implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "data-below-dname",
          "Names below a DNAME must not own records",
          Severity.ERROR,
          Category.ALIAS,
          "RFC 6672 §2.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Node node, RuleContext context) {
    Node owner = node.enclosingDname();
    if (owner == null) {
      return;
    }
    // Of nested DNAMEs the highest rewrites the query first, so it is the one that matters.
    while (owner.enclosingDname() != null) {
      owner = owner.enclosingDname();
    }
    if (owner.isDelegation() || owner.enclosingCut() != null) {
      return;
    }
    ZoneRecord dname = owner.first(Type.DNAME);
    if (dname == null) {
      return;
    }
    String rewritten = rewritten(node.name(), dname);
    for (ZoneRecord r : node.records()) {
      if (!r.isPseudo()
          && (r.type() == Type.RRSIG || r.type() == Type.NSEC || r.type() == Type.NSEC3)) {
        continue;
      }
      context.report(
          r,
          "this "
              + r.typeName()
              + " at '"
              + node.name()
              + "' is below the DNAME at '"
              + owner.name()
              + "', so it is never served: resolvers are redirected to "
              + rewritten
              + " instead, and Knot and NSD refuse to load the zone",
          "delete this record, or move it to "
              + rewritten
              + " where the redirected queries arrive; if this name must answer here, replace"
              + " the DNAME with CNAMEs for the names that need redirecting",
          dname,
          "the DNAME is here");
    }
  }

  /** The name queries for {@code name} are rewritten to, quoted, or a description of it. */
  private static String rewritten(Name name, ZoneRecord dname) {
    try {
      Name to = name.fromDNAME((DNAMERecord) dname.toDns());
      if (to != null) {
        return "'" + to + "'";
      }
    } catch (NameTooLongException e) {
      // Falls through: the rewritten name would exceed 255 octets (RFC 6672 §2.2, YXDOMAIN).
    }
    return "the matching name under '" + dname.target() + "'";
  }
}
