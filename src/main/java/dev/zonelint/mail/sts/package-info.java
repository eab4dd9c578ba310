/**
 * The SMTP transport-security TXT records, with no dependency on zones or rules: the MTA-STS policy
 * indicator at {@code _mta-sts} (RFC 8461 §3.1) and the TLS reporting record at {@code _smtp._tls}
 * (RFC 8460 §3). Both grammars are strict ABNF: senders ignore a record that does not match.
 */
package dev.zonelint.mail.sts;
