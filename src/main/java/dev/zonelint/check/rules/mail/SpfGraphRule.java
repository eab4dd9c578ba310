package dev.zonelint.check.rules.mail;

import dev.zonelint.check.RuleContext;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;

/**
 * A rule that reads the SPF evaluation graph at each SPF record of the zone. The graph is built
 * once per run and shared by the rules that take the same {@link SpfMemo}.
 */
abstract class SpfGraphRule implements ZoneRule {
  private final SpfMemo memo;

  SpfGraphRule(SpfMemo memo) {
    this.memo = memo;
  }

  @Override
  public final void check(Zone zone, RuleContext context) {
    SpfZone spf = memo.of(context);
    SpfGraph graph = spf.graph();
    for (SpfZone.Spot spot : spf.spots(zone)) {
      SpfGraph.Vertex v = graph.at(zone, spot.node());
      if (v != null) {
        check(zone, spot.node(), graph, v, context);
      }
    }
  }

  /** Checks the SPF record at {@code node}, whose vertex in the graph is {@code v}. */
  abstract void check(Zone zone, Node node, SpfGraph graph, SpfGraph.Vertex v, RuleContext context);
}
