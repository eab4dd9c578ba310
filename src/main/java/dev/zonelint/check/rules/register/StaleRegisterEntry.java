package dev.zonelint.check.rules.register;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.inventory.Inventory;
import dev.zonelint.register.Register;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.Name;

/**
 * A register row for a name of this zone that serves nothing: the service was retired or renamed
 * and the register was not told, so the register no longer says what the zone holds. Reported once
 * per name, at its first row; rows for names outside the zone, or below one of its delegations, are
 * left to the zones that hold them.
 */
public final class StaleRegisterEntry implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "stale-register-entry",
          "A service register row names nothing the zone serves",
          Severity.INFO,
          Category.REGISTER);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    Register register = context.options().register();
    if (register == null) {
      return;
    }
    for (Map.Entry<Name, List<Register.Entry>> e : register.byName().entrySet()) {
      Name name = e.getKey();
      if (!RegisterScope.covers(zone, name)) {
        continue;
      }
      Node node = zone.find(name);
      if (node != null && Inventory.isInventoried(node)) {
        continue;
      }
      Register.Entry first = e.getValue().get(0);
      context.report(
          RegisterScope.location(register, first),
          name,
          "the register lists '"
              + name
              + "'"
              + (first.owner().isEmpty() ? "" : " (owner " + first.owner() + ")")
              + " but zone '"
              + zone.origin()
              + "' serves no address, alias or mail data there",
          "remove the row if the service is gone, or correct the name",
          List.of());
    }
  }
}
