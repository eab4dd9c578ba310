package dev.zonelint.check;

import dev.zonelint.zone.Zone;

/** A rule called once per zone, for zone-wide facts such as a missing SOA. */
public interface ZoneRule extends Rule {
  void check(Zone zone, RuleContext context);
}
