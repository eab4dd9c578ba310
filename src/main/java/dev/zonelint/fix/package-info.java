/**
 * The fixer: rewrites zone files to resolve CNAME conflicts per provider profile, as text edits
 * that leave everything else byte-identical.
 */
package dev.zonelint.fix;
