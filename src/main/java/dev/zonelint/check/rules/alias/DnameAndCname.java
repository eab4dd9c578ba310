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
 * A name with a DNAME must not also have a CNAME (RFC 6672 §2.4): each name gets at most one
 * redirection, so that there is no doubt which one a resolver follows. BIND, Knot, NSD and PowerDNS
 * refuse to load such a zone. Reported on each CNAME, with the DNAME as related record.
 */
public final class DnameAndCname implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dname-and-cname",
          "A name with a DNAME must not have a CNAME",
          Severity.ERROR,
          Category.ALIAS,
          "RFC 6672 §2.4");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.DNAME);
  }

  @Override
  public void check(Node node, RuleContext context) {
    ZoneRecord dname = node.first(Type.DNAME);
    if (dname == null) {
      return;
    }
    for (ZoneRecord cname : node.records(Type.CNAME)) {
      context.report(
          cname,
          "'"
              + node.name()
              + "' has a DNAME to '"
              + dname.target()
              + "', so this CNAME to '"
              + cname.target()
              + "' gives the name a second redirection: most servers refuse to load the zone",
          "remove the CNAME: the DNAME already redirects every name below '"
              + node.name()
              + "', and the name itself can answer with its own A/AAAA records (the DNAME does"
              + " not apply to its owner)",
          dname,
          "the DNAME is here");
    }
  }
}
