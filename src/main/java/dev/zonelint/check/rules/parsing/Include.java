package dev.zonelint.check.rules.parsing;

import dev.zonelint.check.Category;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;

/** {@code $INCLUDE} problems: missing or unreadable file, loops, nesting too deep. */
public final class Include implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "include",
          "An $INCLUDE directive cannot be followed",
          Severity.ERROR,
          Category.PARSING,
          "RFC 1035 §5.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
