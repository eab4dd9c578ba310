/**
 * Rules that compare the zone with the service register given by {@code --register}; they stay
 * silent without one.
 */
package dev.zonelint.check.rules.register;
