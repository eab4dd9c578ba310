/**
 * DNSSEC data of a signed zone read offline: RRSIG fields, the apex keys, RFC 4034 canonical forms
 * and parallel signature verification with {@code java.security}.
 */
package dev.zonelint.dnssec;
