package dev.zonelint.fix;

import java.util.Locale;

/**
 * The ways {@code zonelint fix} can resolve a CNAME conflict or a target that is a CNAME. Safe
 * strategies keep every name answering as before; unsafe ones change what some clients see and run
 * only when asked for ({@code --unsafe-fixes} or {@code --strategy}), as in Ruff.
 */
public enum Strategy {
  /** Replace the CNAME by the provider's alias record (ALIAS, ANAME, Route 53 alias). */
  ALIAS(Safety.SAFE),
  /**
   * RFC 9460 {@code HTTPS 0 target.} AliasMode; clients without HTTPS records still need A/AAAA.
   */
  HTTPS_ALIAS(Safety.UNSAFE),
  /** Keep the CNAME; move the mail records to {@code mail.<name>}: mail addresses change. */
  SPLIT_MAIL(Safety.UNSAFE),
  /** Move the CNAME to {@code www.<name>}: the bare name needs an HTTP redirect. */
  SPLIT_WEB(Safety.UNSAFE),
  /** Point MX/NS/SRV at the CNAME's final in-zone target instead of the CNAME. */
  RETARGET(Safety.SAFE),
  /** Comment out TXT that no resolver can reliably see beside a CNAME. */
  DROP_SHADOWED(Safety.UNSAFE);

  /** Whether {@code fix} applies the strategy without being asked. */
  public enum Safety {
    SAFE,
    UNSAFE
  }

  private final Safety safety;

  Strategy(Safety safety) {
    this.safety = safety;
  }

  public Safety safety() {
    return safety;
  }

  /** The name {@code --strategy} takes, e.g. {@code https-alias}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The strategy named {@code id}, or null. */
  public static Strategy byId(String id) {
    for (Strategy s : values()) {
      if (s.id().equalsIgnoreCase(id)) {
        return s;
      }
    }
    return null;
  }
}
