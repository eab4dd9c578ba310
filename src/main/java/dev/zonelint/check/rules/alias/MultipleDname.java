package dev.zonelint.check.rules.alias;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A DNAME redirects a whole subtree to one place, so a name holds at most one (RFC 6672 §2.4). Knot
 * and BIND refuse a zone with two; a server that loads it rewrites queries to either target. A
 * second copy with the same target is left to {@code duplicate-record}.
 */
public final class MultipleDname implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "multiple-dname",
          "A name must not have more than one DNAME",
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
    List<ZoneRecord> dnames = node.records(Type.DNAME);
    if (dnames.size() < 2) {
      return;
    }
    ZoneRecord first = dnames.get(0);
    Set<Name> seen = new HashSet<>();
    seen.add(first.target());
    for (ZoneRecord r : dnames.subList(1, dnames.size())) {
      if (seen.add(r.target())) {
        context.report(
            r,
            "'"
                + node.name()
                + "' already has a DNAME to '"
                + first.target()
                + "', so this second DNAME to '"
                + r.target()
                + "' leaves the subtree with two destinations: servers refuse the zone or"
                + " rewrite queries to either",
            "keep one DNAME at this name",
            first,
            "the first DNAME is here");
      }
    }
  }
}
