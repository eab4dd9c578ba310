/**
 * Rules on the meaning of one record's data beyond its grammar: service bindings for DNS (RFC 9461)
 * and DS placement (RFC 4035).
 */
package dev.zonelint.check.rules.records;
