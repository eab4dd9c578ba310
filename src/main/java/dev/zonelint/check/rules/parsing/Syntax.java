package dev.zonelint.check.rules.parsing;

import dev.zonelint.check.Category;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;

/** Anything the master-file grammar rejects; reported by the parser, one per bad record. */
public final class Syntax implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "syntax",
          "The master-file grammar rejects this record or directive",
          Severity.ERROR,
          Category.PARSING,
          "RFC 1035 §5.1",
          "RFC 3597 §5");

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
