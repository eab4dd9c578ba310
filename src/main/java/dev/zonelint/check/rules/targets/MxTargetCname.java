package dev.zonelint.check.rules.targets;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * An MX exchange must be a host name with addresses, not an alias (RFC 2181 §10.3, RFC 5321 §5.1).
 * Senders that follow the rules do not chase the CNAME, or treat the MX as an error, so mail is
 * delayed or bounced depending on the sending software. Only exchanges whose answer this zone gives
 * are checked: a name below a DNAME counts too, since the server answers it with a synthesized
 * CNAME (RFC 6672 §3.1), as BIND's check-mx-cname does.
 */
public final class MxTargetCname implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "mx-target-cname",
          "An MX exchange in this zone must not be a CNAME",
          Severity.ERROR,
          Category.TARGETS,
          "RFC 2181 §10.3",
          "RFC 5321 §5.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.MX);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.isServed()) {
      return;
    }
    for (ZoneRecord mx : node.records(Type.MX)) {
      Alias alias = Alias.of(context.zone(), context.target(mx));
      if (alias != null) {
        context.report(
            mx,
            "the MX exchange "
                + alias.what()
                + ", which RFC 2181 §10.3 forbids: some senders refuse it or fail to find its"
                + " address, so mail to '"
                + node.name()
                + "' is delayed or bounced depending on the sending server",
            "point the MX at "
                + alias.leadsTo()
                + " (where the alias leads, if that name has A/AAAA records) or give the"
                + " exchange its own A/AAAA records instead of the alias",
            alias.record(),
            alias.note());
      }
    }
  }
}
