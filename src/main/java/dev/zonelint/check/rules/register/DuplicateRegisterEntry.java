package dev.zonelint.check.rules.register;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.register.Register;
import dev.zonelint.zone.Zone;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.Name;

/**
 * A name the service register lists more than once: with different owners nobody knows who decides
 * about it; with the same owner the copies drift apart. Reported at each extra row, pointing at the
 * first; only names this zone answers for, so that each duplicate is reported once.
 */
public final class DuplicateRegisterEntry implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "duplicate-register-entry",
          "The service register lists a name more than once",
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
      List<Register.Entry> rows = e.getValue();
      if (rows.size() < 2 || !RegisterScope.covers(zone, e.getKey())) {
        continue;
      }
      Register.Entry first = rows.get(0);
      for (Register.Entry extra : rows.subList(1, rows.size())) {
        boolean conflict = !extra.owner().equalsIgnoreCase(first.owner());
        context.report(
            RegisterScope.location(register, extra),
            e.getKey(),
            "the register lists '"
                + e.getKey()
                + "' again"
                + (conflict
                    ? " with a conflicting owner: '"
                        + extra.owner()
                        + "' here, '"
                        + first.owner()
                        + "' at line "
                        + first.line()
                    : ", as at line " + first.line()),
            conflict
                ? "agree on one owner and keep a single row"
                : "delete this row and keep the one at line " + first.line(),
            List.of(new Related(RegisterScope.location(register, first), "first listed here")));
      }
    }
  }
}
