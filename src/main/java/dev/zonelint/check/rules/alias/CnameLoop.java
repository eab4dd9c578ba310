package dev.zonelint.check.rules.alias;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A CNAME must lead to a canonical name (RFC 1034 §3.6.2); one that, through in-zone targets, comes
 * back to itself leaves resolvers chasing it until their restart limit, and every name on the loop
 * fails with SERVFAIL. Targets are followed as the server answers them: wildcards match (RFC 4592),
 * DNAMEs of the zone rewrite (RFC 6672 §3.2), and names at or below a zone cut end the walk. Each
 * loop is reported once, on its member that comes first in canonical order, with the others as
 * related records; CNAMEs that merely lead into a loop are not reported, the loop's fix repairs
 * them too.
 */
public final class CnameLoop implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "cname-loop",
          "CNAMEs must not form a loop",
          Severity.ERROR,
          Category.ALIAS,
          "RFC 1034 §3.6.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Names shown in a message before the path is shortened. */
  static final int SHOWN = 6;

  @Override
  public void check(Zone zone, RuleContext context) {
    CnameGraph graph = CnameGraph.of(zone);
    for (List<Integer> loop : graph.loops()) {
      ZoneRecord head = graph.cname(loop.get(0));
      if (loop.size() == 1) {
        String what =
            head.owner().equals(head.target())
                ? "'" + head.owner() + "' is a CNAME to itself"
                : "'"
                    + head.owner()
                    + "' is a CNAME to "
                    + via(graph, loop.get(0))
                    + ", which leads back to it";
        what +=
            head.owner().isWild()
                ? ": resolvers answer SERVFAIL for every name the wildcard matches"
                : ": resolvers answer SERVFAIL for every query of this name";
        context.report(
            head,
            what,
            "point the CNAME at the name that holds the data, or replace it with A/AAAA records");
        continue;
      }
      List<Related> related = new ArrayList<>();
      for (int k = 1; k < loop.size() && k <= SHOWN; k++) {
        related.add(
            new Related(context.location(graph.cname(loop.get(k))), "the loop continues here"));
      }
      context.report(
          head,
          "CNAME loop of "
              + loop.size()
              + " names: "
              + path(graph, loop)
              + "; resolvers follow it until they give up and answer SERVFAIL, so none of these"
              + " names resolves",
          "point one of these CNAMEs at the name that really holds the data (A/AAAA records or"
              + " an outside host name)",
          related);
    }
  }

  private static String path(CnameGraph graph, List<Integer> loop) {
    StringBuilder out = new StringBuilder("'" + graph.cname(loop.get(0)).owner() + "'");
    int n = loop.size();
    for (int k = 0; k < n; k++) {
      if (n > SHOWN + 1 && k >= SHOWN && k < n - 1) {
        if (k == SHOWN) {
          out.append(" → … (").append(n - SHOWN - 1).append(" more)");
        }
        continue;
      }
      out.append(" → ").append(via(graph, loop.get(k)));
    }
    return out.toString();
  }

  /** The quoted target of a CNAME, naming the wildcard or DNAME-rewritten name that answers. */
  static String via(CnameGraph graph, int i) {
    ZoneRecord cname = graph.cname(i);
    int to = graph.next(i);
    String target = "'" + cname.target() + "'";
    if (to < 0) {
      return target;
    }
    ZoneRecord answer = graph.cname(to);
    return answer.owner().equals(cname.target())
        ? target
        : target + " (answered by '" + answer.owner() + "')";
  }
}
