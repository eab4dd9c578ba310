package dev.zonelint.check.rules.register;

import dev.zonelint.diag.Location;
import dev.zonelint.register.Register;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import org.xbill.DNS.Name;

/**
 * Which register rows a zone answers for: names at or below its origin and not below one of its
 * delegations (the child zone answers for those). Rows for other zones are left to those zones, so
 * that checking one zone of many does not call the others' rows stale.
 */
final class RegisterScope {
  private RegisterScope() {}

  static boolean covers(Zone zone, Name name) {
    if (zone.origin() == null || !zone.contains(name)) {
      return false;
    }
    for (Name above = parent(name);
        above != null && above.labels() > zone.origin().labels();
        above = parent(above)) {
      Node node = zone.find(above);
      if (node != null && node.isDelegation()) {
        return false;
      }
    }
    return true;
  }

  static Location location(Register register, Register.Entry entry) {
    return new Location(register.path(), entry.line(), 1);
  }

  private static Name parent(Name name) {
    return name.labels() <= 1 ? null : new Name(name, 1);
  }
}
