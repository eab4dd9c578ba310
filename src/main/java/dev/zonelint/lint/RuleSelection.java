package dev.zonelint.lint;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import java.util.Map;
import java.util.Set;

/**
 * Which rules report and at what severity. Parser ids ({@code syntax}, {@code include}, {@code
 * generate}) cannot be disabled: a zone that does not parse is never clean.
 *
 * @param disabled rule ids that report nothing
 * @param severities per-rule severity overrides
 */
public record RuleSelection(Set<String> disabled, Map<String, Severity> severities) {
  public static final RuleSelection DEFAULTS = new RuleSelection(Set.of(), Map.of());
  private static final Set<String> ALWAYS_ON = Set.of("syntax", "include", "generate");

  public RuleSelection {
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
  }

  public boolean isEnabled(String ruleId) {
    return ALWAYS_ON.contains(ruleId) || !disabled.contains(ruleId);
  }

  /** The diagnostic with the user's severity, or null when its rule is disabled. */
  public Diagnostic apply(Diagnostic d) {
    if (!isEnabled(d.rule())) {
      return null;
    }
    Severity s = severity(d.rule(), d.severity());
    return s == d.severity() ? d : d.withSeverity(s);
  }

  /** The severity a finding of this rule is reported at, given the one its rule gave it. */
  public Severity severity(String ruleId, Severity given) {
    Severity s = severities.get(ruleId);
    return s == null || ALWAYS_ON.contains(ruleId) ? given : s;
  }
}
