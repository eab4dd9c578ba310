/**
 * DNSSEC rules for signed zones read offline: signing state, RRSIG presence, validity windows,
 * consistency and cryptographic verification (RFC 4033 to 4035, RFC 6840).
 */
package dev.zonelint.check.rules.dnssec;
