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
 * The target of an SRV record must not be an alias (RFC 2782, "Target"): clients look up its A and
 * AAAA records directly, and SIP phones, XMPP and LDAP clients that follow the RFC fail to connect.
 * A target of "." means the service is not offered and is never checked; a target below a DNAME is
 * answered with a synthesized CNAME and counts too.
 */
public final class SrvTargetCname implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "srv-target-cname",
          "An SRV target in this zone must not be a CNAME",
          Severity.ERROR,
          Category.TARGETS,
          "RFC 2782");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.SRV);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.isServed()) {
      return;
    }
    for (ZoneRecord srv : node.records(Type.SRV)) {
      Alias alias = Alias.of(context.zone(), context.target(srv));
      if (alias != null) {
        context.report(
            srv,
            "the SRV target "
                + alias.what()
                + ", which RFC 2782 forbids: clients that follow the RFC fail to connect to the"
                + " '"
                + node.name()
                + "' service, others work, so it breaks for some users only",
            "point the SRV record at "
                + alias.leadsTo()
                + " (where the alias leads, if that name has A/AAAA records) or give the target"
                + " its own A/AAAA records instead of the alias",
            alias.record(),
            alias.note());
      }
    }
  }
}
