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
 * An MX exchange is a domain name, never an address (RFC 5321 §5.1; BIND's check-mx). Written as
 * {@code MX 10 192.0.2.1} it becomes the name {@code 192.0.2.1.example.com.}, which senders look up
 * as a host name and normally do not find, so mail bounces.
 */
public final class MxTargetIp implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "mx-target-ip",
          "An MX exchange must be a host name, not an IP address",
          Severity.ERROR,
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
      String ip = IpLiteral.of(context.zone(), context.target(mx));
      if (ip != null) {
        context.report(
            mx,
            "the MX exchange '"
                + context.target(mx)
                + "' looks like the IP address "
                + ip
                + ": MX takes a host name, so senders look up A/AAAA records for that name and"
                + " mail to '"
                + node.name()
                + "' bounces",
            "give the mail server a host name (e.g. 'mail."
                + context.zone().origin()
                + "') with an A or AAAA record for "
                + ip
                + ", and put that name in the MX record");
      }
    }
  }
}
