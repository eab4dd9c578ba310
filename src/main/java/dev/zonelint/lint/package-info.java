/**
 * The library facade: {@link dev.zonelint.lint.ZoneLint} parses a file, runs the rules, applies the
 * user's rule selection and returns a sorted {@link dev.zonelint.lint.FileReport}. The CLI is a
 * thin layer over it.
 */
package dev.zonelint.lint;
