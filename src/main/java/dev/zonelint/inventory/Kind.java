package dev.zonelint.inventory;

/** What a name in the inventory holds that makes it a host, an alias or a mail domain. */
public enum Kind {
  /** A or AAAA records. */
  ADDRESS("A/AAAA host"),
  CNAME("CNAME"),
  /** An ALIAS, ANAME or Route 53 alias pseudo-record. */
  ALIAS("ALIAS/ANAME"),
  /** NS records below the apex: the name's data lives in the child zone. */
  DELEGATION("delegation"),
  /** MX or SPF records without addresses. */
  MAIL_ONLY("mail-only");

  private final String label;

  Kind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
