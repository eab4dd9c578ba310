package dev.zonelint.check.rules.targets;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneAnswer;
import dev.zonelint.zone.ZoneRecord;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A name server whose name is inside the zone it serves can only be found through the address
 * records ("glue") the parent holds for it (RFC 1034 §4.2.1). Checked, as Knot does:
 *
 * <ul>
 *   <li>each NS of a delegation whose target is at or below the delegated name needs A/AAAA glue in
 *       this file (a wildcard in the delegated subtree is accepted, as Knot does);
 *   <li>each NS, at the apex or a delegation, whose target is served by this zone needs an address
 *       here: nobody else can give one, and the apex NS names are the glue the parent zone must
 *       copy.
 * </ul>
 *
 * Targets outside the zone, at or below another delegation (that child supplies the address), that
 * look like IP addresses, or that are aliases are left to other rules.
 */
public final class MissingGlue implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "missing-glue",
          "An in-zone name server must have A or AAAA glue",
          Severity.ERROR,
          Category.TARGETS,
          "RFC 1034 §4.2.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.NS);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.nsInEffect()) {
      return;
    }
    for (ZoneRecord ns : node.records(Type.NS)) {
      Name target = context.target(ns);
      ZoneAnswer lookup = ZoneAnswer.of(context.zone(), target);
      boolean glue = node.equals(lookup.cut());
      if (!(glue || lookup.authoritative())
          || lookup.hasAddress()
          || (!glue && lookup.cname() != null)
          || IpLiteral.of(context.zone(), target) != null) {
        continue;
      }
      String message;
      if (glue) {
        message =
            "the delegation of '"
                + node.name()
                + "' names the server '"
                + target
                + "' inside it, but the file has no A or AAAA glue for it: resolvers cannot"
                + " find that server's address, and the delegated zone fails to resolve if every"
                + " server is like this";
      } else {
        message =
            "the name server '"
                + target
                + "' of '"
                + node.name()
                + "' is served by this zone but has no A or AAAA record here: no other zone can"
                + " supply its address, so resolvers cannot reach this server";
      }
      context.report(
          ns,
          message,
          "add A and/or AAAA records for '"
              + target
              + "' with the server's addresses, or use a name server whose name has them");
    }
  }
}
