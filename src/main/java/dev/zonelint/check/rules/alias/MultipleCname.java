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
 * A name is an alias for exactly one canonical name, so its CNAME RRset holds one record (RFC 2181
 * §10.1). BIND, Knot, NSD and PowerDNS refuse to load a zone with two; servers that accept it
 * answer with either target. Reports each CNAME after the first whose target differs: a second copy
 * of the same target is a duplicate record, which {@code duplicate-record} reports.
 */
public final class MultipleCname implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "multiple-cname",
          "A name must not have more than one CNAME",
          Severity.ERROR,
          Category.ALIAS,
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
    List<ZoneRecord> cnames = node.records(Type.CNAME);
    if (cnames.size() < 2) {
      return;
    }
    ZoneRecord first = cnames.get(0);
    Name firstTarget = first.target();
    // Names compare without regard to case, as servers do when they merge the RRset.
    Set<Name> seen = new HashSet<>();
    seen.add(firstTarget);
    for (int i = 1; i < cnames.size(); i++) {
      ZoneRecord r = cnames.get(i);
      Name target = r.target();
      if (!seen.add(target)) {
        continue;
      }
      context.report(
          r,
          "'"
              + node.name()
              + "' already has a CNAME to '"
              + firstTarget
              + "', so this second CNAME to '"
              + target
              + "' makes the alias ambiguous: most servers refuse to load the zone, and the"
              + " others answer with either target",
          "keep one CNAME at this name; to spread traffic over several targets use a"
              + " load-balancing service or A/AAAA records for each address",
          first,
          "the first CNAME is here");
    }
  }
}
