/**
 * Mail-authentication rules over TXT data: SPF (RFC 7208), DMARC (RFC 7489), DKIM (RFC 6376),
 * MTA-STS (RFC 8461), TLS-RPT (RFC 8460) and null-MX posture (RFC 7505), all offline. The grammars
 * live in {@code dev.zonelint.mail}; the SPF rules in {@code SpfRules}, the others in {@code
 * MailAuthRules}.
 */
package dev.zonelint.check.rules.mail;
