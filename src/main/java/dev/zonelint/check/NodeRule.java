package dev.zonelint.check;

import dev.zonelint.zone.Node;

/** A rule called once for every owner name of the zone, in canonical order. */
public interface NodeRule extends Rule {
  void check(Node node, RuleContext context);
}
