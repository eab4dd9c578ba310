package dev.zonelint.check;

/**
 * Options that rules read.
 *
 * @param maxCnameChain hops an in-zone CNAME chain may take before {@code cname-chain} fires
 */
public record CheckOptions(int maxCnameChain) {
  public static final CheckOptions DEFAULTS = new CheckOptions(8);
}
