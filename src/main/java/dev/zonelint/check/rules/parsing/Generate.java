package dev.zonelint.check.rules.parsing;

import dev.zonelint.check.Category;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleMeta;
import dev.zonelint.diag.Severity;

/** {@code $GENERATE} problems: bad range, step or modifier, or more records than the limit. */
@RuleMeta(
    id = "generate",
    summary = "A $GENERATE directive is malformed or too large",
    severity = Severity.ERROR,
    category = Category.PARSING,
    references = {"BIND 9 ARM, $GENERATE"})
public final class Generate implements Rule {}
