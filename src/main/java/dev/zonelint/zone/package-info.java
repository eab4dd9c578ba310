/**
 * The in-memory zone: owner names in canonical DNS order, each {@link dev.zonelint.zone.Node}
 * holding its records with their source positions (duplicates and differing TTLs kept, unlike
 * dnsjava's {@code RRset}), plus the zone's structure: apex, delegations, glue versus occluded
 * data, DNAME occlusion, empty non-terminals and wildcards. RDATA is kept as wire bytes and decoded
 * through dnsjava only when a rule asks, which keeps a record near 100 bytes.
 */
package dev.zonelint.zone;
