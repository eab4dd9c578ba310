/**
 * The inventory of a set of zones: which names point where, how far each is hardened against mail
 * sent in its name, and the zone edits that would harden the rest. The library behind {@code
 * zonelint inventory}.
 */
package dev.zonelint.inventory;
