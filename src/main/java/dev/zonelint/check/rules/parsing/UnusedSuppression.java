package dev.zonelint.check.rules.parsing;

import dev.zonelint.check.Category;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;

/**
 * A {@code zonelint-disable...} comment that silences nothing, names an unknown rule or is
 * malformed; reported by {@link dev.zonelint.lint.Suppressions} from the comments the parser keeps.
 */
public final class UnusedSuppression implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "unused-suppression",
          "A zonelint suppression comment silences nothing",
          Severity.INFO,
          Category.PARSING);

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
