package dev.zonelint.check;

/**
 * A check. Implementations are stateless, carry {@link RuleMeta}, and implement {@link NodeRule} or
 * {@link ZoneRule}; parser-reported ids implement this interface alone.
 */
public interface Rule {
  default RuleInfo info() {
    return RuleInfo.of(getClass());
  }
}
