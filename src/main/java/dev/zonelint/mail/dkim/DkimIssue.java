package dev.zonelint.mail.dkim;

import dev.zonelint.diag.Severity;

/**
 * One finding in a DKIM key record.
 *
 * @param severity ERROR when verifiers cannot use the key, WARNING for what they ignore, INFO for a
 *     revoked key (empty {@code p=})
 * @param column 1-based position of the tag at fault in the record text (1 for the record)
 * @param message lower case, no trailing period, says what verifiers do with it
 */
public record DkimIssue(Severity severity, int column, String message) {}
