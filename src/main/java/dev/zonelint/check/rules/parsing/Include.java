package dev.zonelint.check.rules.parsing;

import dev.zonelint.check.Category;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleMeta;
import dev.zonelint.diag.Severity;

/** {@code $INCLUDE} problems: missing or unreadable file, loops, nesting too deep. */
@RuleMeta(
    id = "include",
    summary = "An $INCLUDE directive cannot be followed",
    severity = Severity.ERROR,
    category = Category.PARSING,
    references = {"RFC 1035 §5.1"})
public final class Include implements Rule {}
