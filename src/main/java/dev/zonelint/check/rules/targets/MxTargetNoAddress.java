package dev.zonelint.check.rules.targets;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneAnswer;
import dev.zonelint.zone.ZoneRecord;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A sender delivers to the A/AAAA addresses of the MX exchange (RFC 5321 §5.1); an exchange that
 * this zone serves without any address makes that MX undeliverable. Only exchanges this zone
 * answers are checked: names outside it are not resolved, and names at or below a delegation are
 * the child's. Alias pseudo-records count as addresses, and so does a wildcard that would
 * synthesize one (RFC 4592). CNAME exchanges and exchanges that look like IP addresses are left to
 * mx-target-cname and mx-target-ip.
 */
public final class MxTargetNoAddress implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "mx-target-no-address",
          "An MX exchange in this zone must have an A or AAAA record",
          Severity.WARNING,
          Category.TARGETS,
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
      Name exchange = context.target(mx);
      ZoneAnswer lookup = ZoneAnswer.of(context.zone(), exchange);
      if (!lookup.authoritative()
          || lookup.hasAddress()
          || lookup.cname() != null
          || IpLiteral.of(context.zone(), exchange) != null) {
        continue;
      }
      String state =
          lookup.node() == null
              ? "does not exist in this zone"
              : "has no A or AAAA record" + lookup.viaWildcard();
      context.report(
          mx,
          "the MX exchange '"
              + exchange
              + "' "
              + state
              + ": senders cannot find an address for it, so this MX of '"
              + node.name()
              + "' is unusable and mail bounces if it is the only one",
          "add an A and/or AAAA record for '"
              + exchange
              + "', or point the MX at a host name that has one");
    }
  }
}
