package dev.zonelint.check;

/**
 * A check. Implementations are stateless, declare their {@link RuleInfo}, and implement {@link
 * NodeRule} or {@link ZoneRule}; parser-reported ids implement this interface alone.
 */
public interface Rule {
  /** This rule's identity and defaults, a constant at the top of its class. */
  RuleInfo info();
}
