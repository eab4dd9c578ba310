package dev.zonelint.check.rules.parsing;

import dev.zonelint.check.Category;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;

/** {@code $GENERATE} problems: bad range, step or modifier, or more records than the limit. */
public final class Generate implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "generate",
          "A $GENERATE directive is malformed or too large",
          Severity.ERROR,
          Category.PARSING,
          "BIND 9 ARM, $GENERATE");

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
