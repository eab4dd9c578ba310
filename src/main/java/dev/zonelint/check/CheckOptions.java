package dev.zonelint.check;

import dev.zonelint.mail.spf.SpfKnownIncludes;
import dev.zonelint.provider.Provider;
import dev.zonelint.register.Register;

/**
 * Options that rules read.
 *
 * @param maxCnameChain hops an in-zone CNAME chain may take before {@code cname-chain} fires
 * @param spfKnown SPF records of out-of-zone includes, for offline lookup counting
 * @param provider the DNS provider that will serve the zone
 * @param register the service register names are compared with, or null for none
 */
public record CheckOptions(
    int maxCnameChain, SpfKnownIncludes spfKnown, Provider provider, Register register) {
  public static final CheckOptions DEFAULTS = new CheckOptions(8);

  /** Options with the built-in list of provider SPF includes. */
  public CheckOptions(int maxCnameChain) {
    this(maxCnameChain, SpfKnownIncludes.builtIn(), Provider.BIND);
  }

  /** Options without a service register. */
  public CheckOptions(int maxCnameChain, SpfKnownIncludes spfKnown, Provider provider) {
    this(maxCnameChain, spfKnown, provider, null);
  }

  /** These options with a service register for the register rules. */
  public CheckOptions withRegister(Register newRegister) {
    return new CheckOptions(maxCnameChain, spfKnown, provider, newRegister);
  }

  /** Options for a plain RFC server. */
  public CheckOptions(int maxCnameChain, SpfKnownIncludes spfKnown) {
    this(maxCnameChain, spfKnown, Provider.BIND);
  }
}
