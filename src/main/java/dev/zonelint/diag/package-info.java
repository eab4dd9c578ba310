/**
 * Diagnostics: what every layer reports. A {@link dev.zonelint.diag.Diagnostic} names its rule,
 * severity, exact source location and, for conflicts, the related locations. No dependencies.
 */
package dev.zonelint.diag;
