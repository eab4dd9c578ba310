/**
 * Output formats. Each {@link dev.zonelint.report.Reporter} renders a list of {@link
 * dev.zonelint.lint.FileReport}s; none of them knows any rule class. JSON is written with
 * jackson-core's streaming generator, never by hand.
 */
package dev.zonelint.report;
