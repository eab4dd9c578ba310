/**
 * Rules for names that must be host names with addresses: MX, NS and SRV targets, null MX, glue.
 */
package dev.zonelint.check.rules.targets;
