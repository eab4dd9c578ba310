package dev.zonelint.check.rules.parsing;

import dev.zonelint.check.Category;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleMeta;
import dev.zonelint.diag.Severity;

/**
 * A {@code zonelint-disable...} comment that silences nothing, names an unknown rule or is
 * malformed; reported by {@link dev.zonelint.lint.Suppressions} from the comments the parser keeps.
 */
@RuleMeta(
    id = "unused-suppression",
    summary = "A zonelint suppression comment silences nothing",
    severity = Severity.INFO,
    category = Category.PARSING)
public final class UnusedSuppression implements Rule {}
