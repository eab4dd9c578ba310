package dev.zonelint.inventory;

import java.util.Locale;

/** How far a name is hardened against mail sent in its name. */
public enum Status {
  /**
   * A no-mail name with null MX, {@code v=spf1 -all} and DMARC reject, or a mail name with SPF and
   * DMARC.
   */
  HARDENED,
  /** Records are missing; {@link Hardening#missing()} says which. */
  MISSING,
  /** The name is a CNAME, so no MX or TXT can stand beside it. */
  BLOCKED_BY_CNAME,
  /** The name is delegated: its child zone answers for it. */
  DELEGATED;

  /** The id reports show, e.g. {@code blocked-by-cname}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
