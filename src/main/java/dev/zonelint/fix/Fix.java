package dev.zonelint.fix;

import dev.zonelint.diag.Diagnostic;
import java.util.List;

/**
 * One way to repair one or more findings, as text edits.
 *
 * @param rule the rule whose findings this resolves
 * @param strategy how
 * @param description what the fix does, for people
 * @param edits the text edits, in file and offset order
 * @param findings the findings it resolves
 * @param changed each record the fix replaces, moves or comments out, as "owner ttl TYPE rdata ->
 *     what happens to it": nothing leaves the zone without being listed here
 */
public record Fix(
    String rule,
    Strategy strategy,
    String description,
    List<Edit> edits,
    List<Diagnostic> findings,
    List<String> changed) {
  public Fix {
    edits = List.copyOf(edits);
    findings = List.copyOf(findings);
    changed = List.copyOf(changed);
  }

  public Strategy.Safety safety() {
    return strategy.safety();
  }

  boolean overlaps(Fix other) {
    for (Edit a : edits) {
      for (Edit b : other.edits) {
        if (a.overlaps(b)) {
          return true;
        }
      }
    }
    return false;
  }
}
