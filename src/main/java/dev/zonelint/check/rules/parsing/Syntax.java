package dev.zonelint.check.rules.parsing;

import dev.zonelint.check.Category;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleMeta;
import dev.zonelint.diag.Severity;

/** Anything the master-file grammar rejects; reported by the parser, one per bad record. */
@RuleMeta(
    id = "syntax",
    summary = "The master-file grammar rejects this record or directive",
    severity = Severity.ERROR,
    category = Category.PARSING,
    references = {"RFC 1035 §5.1", "RFC 3597 §5"})
public final class Syntax implements Rule {}
