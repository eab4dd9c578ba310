/**
 * Reads name server configurations (BIND named.conf, NSD nsd.conf) for the primary zones they load
 * and the files those come from: the offline, file-level counterpart of {@code named-checkconf -z}.
 */
package dev.zonelint.server;
