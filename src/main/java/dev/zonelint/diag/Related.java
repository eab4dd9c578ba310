package dev.zonelint.diag;

/** A second location that explains a finding, e.g. the CNAME that another record collides with. */
public record Related(Location location, String message) {}
