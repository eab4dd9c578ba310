/**
 * The built-in rules, one class each, grouped by the catalogue's sections. Each category package
 * lists its rules in a {@code *Rules.all()} method that the registry reads.
 */
package dev.zonelint.check.rules;
