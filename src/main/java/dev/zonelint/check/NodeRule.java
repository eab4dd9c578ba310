package dev.zonelint.check;

import dev.zonelint.zone.Node;
import java.util.Set;

/** A rule called once for every owner name of the zone, in canonical order. */
public interface NodeRule extends Rule {
  void check(Node node, RuleContext context);

  /**
   * Types below 128 of which a name must own a real record for this rule to find anything there:
   * the checker skips other names without calling the rule (a 1M-name zone means ~50M calls
   * otherwise). Empty: every name.
   */
  default Set<Integer> triggerTypes() {
    return Set.of();
  }

  /**
   * Whether a name owning a pseudo-record (ALIAS, ANAME, a Route 53 alias) also triggers the rule:
   * pseudo-records count as no type. A rule with no trigger types that says yes sees only them.
   */
  default boolean triggeredByPseudoRecords() {
    return false;
  }
}
