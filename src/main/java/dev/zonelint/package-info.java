/**
 * zonelint: an offline validator and fixer for authoritative DNS zone files.
 *
 * <p>Dependency direction: {@code cli → report → check → zone → parse → diag}. Only {@code cli}
 * imports picocli; only {@code parse}, {@code zone} and rules (through {@link
 * dev.zonelint.zone.ZoneRecord}) import dnsjava; {@code report} never imports rule classes.
 */
package dev.zonelint;
