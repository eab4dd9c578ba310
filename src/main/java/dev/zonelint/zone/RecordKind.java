package dev.zonelint.zone;

/**
 * Whether a record is real DNS data or a provider pseudo-record. Pseudo-records are resolved by the
 * provider at query time into addresses; rules treat them as address data.
 */
public enum RecordKind {
  /** An ordinary resource record. */
  DNS("", ""),
  /** PowerDNS, DNSimple, NS1 and others: {@code name ALIAS target}. */
  ALIAS("ALIAS", "ALIAS"),
  /** DNS Made Easy and others: {@code name ANAME target}. */
  ANAME("ANAME", "ANAME"),
  /** cli53's Route 53 alias form: {@code name TTL AWS ALIAS A target zoneid evaluate}. */
  AWS_ALIAS("AWS ALIAS", "AWS");

  private static final RecordKind[] KINDS = values();

  private final String display;
  private final String keyword;

  RecordKind(String display, String keyword) {
    this.display = display;
    this.keyword = keyword;
  }

  /** How the type is shown in diagnostics. */
  public String display() {
    return display;
  }

  /** The type keyword that starts the pseudo-record in a zone file, or null. */
  public static RecordKind ofKeyword(String token) {
    // Asked of every record's type: most are not one, and every keyword starts with an A.
    if (token.isEmpty() || Character.toLowerCase(token.charAt(0)) != 'a') {
      return null;
    }
    for (RecordKind kind : KINDS) {
      if (kind != DNS && kind.keyword.equalsIgnoreCase(token)) {
        return kind;
      }
    }
    return null;
  }
}
