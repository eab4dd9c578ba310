package dev.zonelint.check.rules.alias;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;

/**
 * RFC 1034 §5.2.2: multiple levels of aliases should be avoided for their lack of efficiency, and
 * §3.6.2 asks names to point at the canonical name, not at another alias. Resolvers also stop
 * following a chain after a bounded number of restarts and answer SERVFAIL. Counts the CNAMEs of
 * the zone that resolving a name follows (through wildcards and the zone's own DNAMEs, as {@code
 * cname-loop} does; a DNAME rewrite itself is not counted), and warns when a chain takes more than
 * {@code maxCnameChain} of them. Only the head of each long chain is reported: a CNAME no other
 * in-zone CNAME leads to. Chains that end in a loop are {@code cname-loop}'s.
 */
public final class CnameChain implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "cname-chain",
          "CNAME chains inside the zone should be short",
          Severity.WARNING,
          Category.ALIAS,
          "RFC 1034 §5.2.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    int max = context.options().maxCnameChain();
    CnameGraph graph = CnameGraph.of(zone);
    for (int i = 0; i < graph.size(); i++) {
      int length = graph.length(i);
      if (length <= max || graph.pointedAt(i)) {
        continue;
      }
      ZoneRecord head = graph.cname(i);
      ZoneRecord last = graph.cname(graph.last(i));
      context.report(
          head,
          "resolving '"
              + head.owner()
              + "' follows "
              + length
              + " CNAMEs inside this zone ("
              + path(graph, i, length)
              + "), more than the "
              + max
              + " allowed: resolvers that stop earlier answer SERVFAIL, and every hop adds to"
              + " the answer",
          "point the CNAMEs straight at the final name '"
              + last.target()
              + "' instead of at each other, or raise maxCnameChain if the chain is intended",
          last,
          "the chain ends here");
    }
  }

  /** The first names of the chain and its end. */
  private static String path(CnameGraph graph, int i, int length) {
    StringBuilder out = new StringBuilder("'" + graph.cname(i).owner() + "'");
    int v = i;
    boolean shorten = length > CnameLoop.SHOWN + 1;
    for (int k = 0; k < (shorten ? CnameLoop.SHOWN : length); k++) {
      out.append(" → ").append(CnameLoop.via(graph, v));
      v = graph.next(v);
    }
    if (shorten) {
      out.append(" → … → '").append(graph.cname(graph.last(i)).target()).append('\'');
    }
    return out.toString();
  }
}
