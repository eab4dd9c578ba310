package dev.zonelint.check;

import dev.zonelint.mail.spf.SpfKnownIncludes;

/**
 * Options that rules read.
 *
 * @param maxCnameChain hops an in-zone CNAME chain may take before {@code cname-chain} fires
 * @param spfKnown SPF records of out-of-zone includes, for offline lookup counting
 */
public record CheckOptions(int maxCnameChain, SpfKnownIncludes spfKnown) {
  public static final CheckOptions DEFAULTS = new CheckOptions(8);

  /** Options with the built-in list of provider SPF includes. */
  public CheckOptions(int maxCnameChain) {
    this(maxCnameChain, SpfKnownIncludes.builtIn());
  }
}
