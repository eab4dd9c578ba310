package dev.zonelint.diag;

import java.util.Comparator;
import java.util.List;

/**
 * One finding.
 *
 * @param rule the public rule id, e.g. {@code cname-and-other-data}
 * @param owner the owner name of the record at fault, absolute with trailing dot, or empty
 * @param type the record type at fault (e.g. {@code TXT}), or empty
 * @param message lower-case first word, no trailing period
 * @param help what to do about it, or empty
 */
public record Diagnostic(
    String rule,
    Severity severity,
    Location location,
    String owner,
    String type,
    String message,
    String help,
    List<Related> related) {

  /** Deterministic report order: file, line, column, then rule id. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    related = List.copyOf(related);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(rule, newSeverity, location, owner, type, message, help, related);
  }
}
