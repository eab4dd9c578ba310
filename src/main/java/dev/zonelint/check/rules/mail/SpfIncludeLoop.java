package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An include or redirect chain that comes back to a record it started from never ends: receivers
 * follow it until the 10-lookup limit (RFC 7208 §4.6.4) and return permerror for every name on the
 * loop, so SPF fails for all their mail. Only evaluated terms count (nothing after {@code all}, no
 * redirect beside an {@code all}). Each loop is reported once, on its member that comes first in
 * canonical order, with the other members as related records.
 */
public final class SpfIncludeLoop extends SpfGraphRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "spf-include-loop",
          "SPF includes and redirects must not form a loop",
          Severity.ERROR,
          Category.MAIL,
          "RFC 7208 §4.6.4",
          "RFC 7208 §5.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final int SHOWN = 6;

  public SpfIncludeLoop() {
    this(new SpfMemo());
  }

  SpfIncludeLoop(SpfMemo memo) {
    super(memo);
  }

  @Override
  void check(Zone zone, Node node, SpfGraph graph, SpfGraph.Vertex v, RuleContext context) {
    if (!v.loop || v.head != v) {
      return;
    }
    List<SpfGraph.Step> path = cycle(zone, graph, v);
    StringBuilder text = new StringBuilder("'" + v.name() + "'");
    List<Related> related = new ArrayList<>();
    for (int i = 0; i < path.size(); i++) {
      SpfGraph.Step s = path.get(i);
      SpfGraph.Vertex next = graph.next(zone, s);
      if (i < SHOWN || i == path.size() - 1) {
        text.append(" → '")
            .append(s.term().text())
            .append("' → '")
            .append(next.name())
            .append('\'');
      } else if (i == SHOWN) {
        text.append(" → ...");
      }
      if (next != v && next.txt != null && related.size() < SHOWN) {
        related.add(new Related(context.location(next.txt), "the loop continues here"));
      }
    }
    context.report(
        v.txt,
        (path.size() == 1
                ? "SPF record of '" + v.name() + "' includes itself: "
                : "SPF include loop of " + path.size() + " records: ")
            + text
            + "; receivers follow it until the "
            + SpfGraph.LOOKUP_LIMIT
            + "-lookup limit and return permerror for every name on it",
        "break the loop: let one of these records list its hosts (ip4:/ip6:) instead of"
            + " including or redirecting to the other",
        related);
  }

  /** The steps of a shortest cycle from {@code head} back to it, within its component. */
  private static List<SpfGraph.Step> cycle(Zone zone, SpfGraph graph, SpfGraph.Vertex head) {
    Map<SpfGraph.Vertex, SpfGraph.Step> via = new HashMap<>();
    Map<SpfGraph.Vertex, SpfGraph.Vertex> from = new HashMap<>();
    ArrayDeque<SpfGraph.Vertex> queue = new ArrayDeque<>();
    queue.add(head);
    while (!queue.isEmpty()) {
      SpfGraph.Vertex at = queue.poll();
      for (SpfGraph.Step s : at.steps) {
        SpfGraph.Vertex next = graph.next(zone, s);
        if (next == null || next.component != head.component || via.containsKey(next)) {
          continue;
        }
        via.put(next, s);
        from.put(next, at);
        if (next == head) {
          List<SpfGraph.Step> path = new ArrayList<>();
          SpfGraph.Vertex back = head;
          do {
            path.add(via.get(back));
            back = from.get(back);
          } while (back != head);
          Collections.reverse(path);
          return path;
        }
        queue.add(next);
      }
    }
    throw new IllegalStateException("a loop component always has a cycle through its members");
  }
}
