package dev.zonelint.check;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rules over a zone: one walk over the owner names in canonical order, each node handed to
 * every {@link NodeRule} (Knot's single traversal), then every {@link ZoneRule} once.
 */
public final class Checker {
  private final List<NodeRule> nodeRules = new ArrayList<>();
  private final List<RuleInfo> nodeInfos = new ArrayList<>();
  private final List<ZoneRule> zoneRules = new ArrayList<>();
  private final List<RuleInfo> zoneInfos = new ArrayList<>();
  private final CheckOptions options;

  public Checker(List<? extends Rule> rules, CheckOptions options) {
    this.options = options;
    for (Rule rule : rules) {
      if (rule instanceof NodeRule nodeRule) {
        nodeRules.add(nodeRule);
        nodeInfos.add(rule.info());
      }
      if (rule instanceof ZoneRule zoneRule) {
        zoneRules.add(zoneRule);
        zoneInfos.add(rule.info());
      }
    }
  }

  /** Every finding of the rules on this zone, in no particular order. */
  public List<Diagnostic> check(Zone zone) {
    List<Diagnostic> out = new ArrayList<>();
    RuleContext[] nodeContexts = new RuleContext[nodeRules.size()];
    for (int i = 0; i < nodeContexts.length; i++) {
      nodeContexts[i] = new RuleContext(zone, options, nodeInfos.get(i), out::add);
    }
    for (Node node : zone.nodes()) {
      for (int i = 0; i < nodeContexts.length; i++) {
        nodeRules.get(i).check(node, nodeContexts[i]);
      }
    }
    for (int i = 0; i < zoneRules.size(); i++) {
      zoneRules.get(i).check(zone, new RuleContext(zone, options, zoneInfos.get(i), out::add));
    }
    return out;
  }
}
