/**
 * Zone structure rules: apex, SOA, NS, TTLs, duplicates, names outside the zone, occlusion below
 * delegations, host-name syntax.
 */
package dev.zonelint.check.rules.structure;
