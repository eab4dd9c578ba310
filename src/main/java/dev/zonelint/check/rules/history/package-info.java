/** Rules that compare a zone file with its previous version, e.g. the one committed in git. */
package dev.zonelint.check.rules.history;
