package dev.zonelint.check;

import dev.zonelint.mail.spf.SpfKnownIncludes;
import dev.zonelint.provider.Provider;
import dev.zonelint.register.Register;
import java.time.Instant;

/**
 * Options that rules read.
 *
 * @param maxCnameChain hops an in-zone CNAME chain may take before {@code cname-chain} fires
 * @param spfKnown SPF records of out-of-zone includes, for offline lookup counting
 * @param provider the DNS provider that will serve the zone
 * @param register the service register names are compared with, or null for none
 * @param dnssecTime the time RRSIG validity windows are checked against; null for the time of the
 *     check
 * @param sigWarnDays days before an RRSIG expires from which {@code dnssec-rrsig-expired} warns
 */
public record CheckOptions(
    int maxCnameChain,
    SpfKnownIncludes spfKnown,
    Provider provider,
    Register register,
    Instant dnssecTime,
    int sigWarnDays) {
  public static final int DEFAULT_SIG_WARN_DAYS = 7;
  public static final CheckOptions DEFAULTS = new CheckOptions(8);

  /** Options with the built-in list of provider SPF includes. */
  public CheckOptions(int maxCnameChain) {
    this(maxCnameChain, SpfKnownIncludes.builtIn(), Provider.BIND);
  }

  /** Options for a plain RFC server. */
  public CheckOptions(int maxCnameChain, SpfKnownIncludes spfKnown) {
    this(maxCnameChain, spfKnown, Provider.BIND);
  }

  /** Options without a service register, checking signatures against the current time. */
  public CheckOptions(int maxCnameChain, SpfKnownIncludes spfKnown, Provider provider) {
    this(maxCnameChain, spfKnown, provider, null, null, DEFAULT_SIG_WARN_DAYS);
  }

  /** These options with a service register for the register rules. */
  public CheckOptions withRegister(Register newRegister) {
    return new CheckOptions(
        maxCnameChain, spfKnown, provider, newRegister, dnssecTime, sigWarnDays);
  }

  /** The same options checking signatures at another time and warning window. */
  public CheckOptions withDnssecTime(Instant time, int warnDays) {
    return new CheckOptions(maxCnameChain, spfKnown, provider, register, time, warnDays);
  }

  /** The instant signature windows are checked against. */
  public Instant validationTime() {
    return dnssecTime == null ? Instant.now() : dnssecTime;
  }
}
