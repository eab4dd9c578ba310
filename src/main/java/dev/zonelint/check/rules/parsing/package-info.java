/**
 * Rules for problems the parser reports: `syntax`, `include`, `generate`. They carry metadata and
 * docs only; the parser emits them.
 */
package dev.zonelint.check.rules.parsing;
