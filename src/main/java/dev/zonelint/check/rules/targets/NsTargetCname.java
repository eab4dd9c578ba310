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
 * A name server's name must not be an alias (RFC 2181 §10.3, RFC 1034 §3.6.2): resolvers look up
 * its addresses directly and many do not follow a CNAME there, so the server is never reached.
 * Checks the NS records in use (apex and delegations) whose target this zone answers itself; a
 * target below a DNAME is answered with a synthesized CNAME and counts too at the apex (BIND
 * rejects it there), not for a delegation (BIND only warns).
 */
public final class NsTargetCname implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "ns-target-cname",
          "An NS target in this zone must not be a CNAME",
          Severity.ERROR,
          Category.TARGETS,
          "RFC 2181 §10.3",
          "RFC 1034 §3.6.2");

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
      Alias alias = Alias.of(context.zone(), context.target(ns));
      // A delegation's server below a DNAME is the child's business: BIND only warns for it
      // (delegating-ns-address-below-dname.db) but refuses it at the apex (ns-address-below-dname).
      boolean delegationBelowDname =
          node.isDelegation() && alias != null && alias.record().type() == Type.DNAME;
      if (alias != null && !delegationBelowDname) {
        context.report(
            ns,
            "the name server "
                + alias.what()
                + ", which RFC 2181 §10.3 forbids: many resolvers do not follow an alias when"
                + " they look up a name server's address, so they cannot use this server for '"
                + node.name()
                + "'",
            "put "
                + alias.leadsTo()
                + " (where the alias leads, if that name has A/AAAA records) in the NS record, or"
                + " give the server name its own A/AAAA records instead of the alias",
            alias.record(),
            alias.note());
      }
    }
  }
}
