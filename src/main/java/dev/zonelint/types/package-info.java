/**
 * Record types dnsjava does not read as zone files write them: types registered after its release
 * (DSYNC, HHIT, BRID, RESINFO, WALLET), types it knows by name only (CSYNC, AMTRELAY, NINFO, the
 * ILNP locators NID, L32, L64 and LP, EUI48 and EUI64) and ZONEMD, whose digest it checks more
 * strictly than RFC 8976's own examples. {@link dev.zonelint.types.ExtraTypes} registers them with
 * dnsjava, so its parser, wire decoder, type bitmaps and names all know them.
 */
package dev.zonelint.types;
