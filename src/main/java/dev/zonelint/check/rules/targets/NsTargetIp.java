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
 * The NSDNAME of an NS record is a domain name, never an address (RFC 1035 §3.3.11). Written as
 * {@code NS 192.0.2.1} it becomes the name {@code 192.0.2.1.example.com.}; resolvers look that up
 * as a host name and, finding no address, never reach the server (BIND warns, or fails with -n).
 */
public final class NsTargetIp implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "ns-target-ip",
          "An NS target must be a host name, not an IP address",
          Severity.ERROR,
          Category.TARGETS,
          "RFC 1035");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.NS);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.nsInEffect()) {
      return;
    }
    for (ZoneRecord ns : node.records(Type.NS)) {
      String ip = IpLiteral.of(context.zone(), context.target(ns));
      if (ip != null) {
        context.report(
            ns,
            "the NS target '"
                + context.target(ns)
                + "' looks like the IP address "
                + ip
                + ": NS takes a host name, so resolvers look up A/AAAA records for that name"
                + " and cannot reach this name server of '"
                + node.name()
                + "'",
            "name the server (e.g. 'ns1."
                + node.name()
                + "'), give that name an A or AAAA record for "
                + ip
                + ", and put the name in the NS record");
      }
    }
  }
}
