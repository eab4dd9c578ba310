package dev.zonelint.check.rules.register;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.inventory.Inventory;
import dev.zonelint.register.Register;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Type;

/**
 * A name that serves addresses, an alias, a delegation or mail, but that the service register does
 * not list: nobody is known to own it, so nobody notices when its target is given up (the start of
 * a subdomain takeover) or when it needs hardening. The names looked at are the inventory's.
 */
public final class NotInRegister implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "not-in-register",
          "A name with address, alias or mail data is missing from the service register",
          Severity.INFO,
          Category.REGISTER);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Node node, RuleContext context) {
    Register register = context.options().register();
    if (register == null
        || !Inventory.isInventoried(node)
        || !register.find(node.name()).isEmpty()) {
      return;
    }
    context.report(
        dataRecord(node),
        "'"
            + node.name()
            + "' serves data but the service register '"
            + register.path()
            + "' does not list it: nobody is known to own it",
        "add a row '"
            + node.name().toString(true)
            + ",OWNER,SERVICE' to "
            + register.path()
            + ", or remove the name's records if nobody needs them");
  }

  /** The first record that puts the name in the inventory (not the apex's SOA). */
  private static ZoneRecord dataRecord(Node node) {
    for (ZoneRecord r : node.records()) {
      if (r.type() != Type.SOA && (r.type() != Type.NS || node.isDelegation())) {
        return r;
      }
    }
    return node.records().get(0);
  }
}
