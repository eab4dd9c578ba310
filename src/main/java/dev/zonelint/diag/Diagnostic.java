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

  /**
   * Deterministic report order: file, line, column, then rule id and message. Written out rather
   * than composed with {@code Comparator.comparing}, whose lambdas link on first use at start-up.
   */
  public static final Comparator<Diagnostic> ORDER = new ReportOrder();

  public Diagnostic {
    related = List.copyOf(related);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(rule, newSeverity, location, owner, type, message, help, related);
  }

  private static final class ReportOrder implements Comparator<Diagnostic> {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      int c = a.location.compareTo(b.location);
      if (c == 0) {
        c = a.rule.compareTo(b.rule);
      }
      return c != 0 ? c : a.message.compareTo(b.message);
    }
  }
}
