/**
 * Alias and coexistence rules: CNAME alone at its name (RFC 1034 §3.6.2, RFC 2181 §10.1), DNAME,
 * chains, loops, dangling and takeover-prone CNAMEs.
 */
package dev.zonelint.check.rules.alias;
