package dev.zonelint.fix;

import dev.zonelint.provider.Provider;

/**
 * What the fixer may do.
 *
 * @param provider the DNS provider that will serve the zone
 * @param strategy the only strategy to use, or null for the provider's best per finding
 * @param unsafeFixes whether unsafe strategies may be picked without being named
 */
public record FixOptions(Provider provider, Strategy strategy, boolean unsafeFixes) {
  public static final FixOptions DEFAULTS = new FixOptions(Provider.BIND, null, false);

  /** Whether a fix with this strategy may be applied. */
  boolean allows(Strategy s) {
    if (strategy != null) {
      return s == strategy;
    }
    return unsafeFixes || s.safety() == Strategy.Safety.SAFE;
  }
}
