package dev.zonelint.mail.dmarc;

import dev.zonelint.diag.Severity;

/**
 * One finding in a DMARC record.
 *
 * @param severity ERROR when receivers ignore the record or the tag, WARNING when they ignore an
 *     unknown tag or cannot use a report address
 * @param column 1-based position of the tag at fault in the record text (1 for the record)
 * @param message lower case, no trailing period, says what receivers do with it
 */
public record DmarcIssue(Severity severity, int column, String message) {}
