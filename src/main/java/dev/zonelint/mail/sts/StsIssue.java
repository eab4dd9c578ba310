package dev.zonelint.mail.sts;

/**
 * One error in an MTA-STS or TLS-RPT record: senders ignore the whole record (RFC 8461 §3.1, RFC
 * 8460 §3).
 *
 * @param column 1-based position of the field at fault in the record text (1 for the record)
 * @param message lower case, no trailing period
 */
public record StsIssue(int column, String message) {}
