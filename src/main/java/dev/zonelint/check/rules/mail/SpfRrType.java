package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Type;

/**
 * The SPF resource record type (99) is obsolete: RFC 7208 §3.1 and §14.1 removed it, and receivers
 * only look SPF policies up as TXT. A policy published only as type SPF is invisible; one published
 * as both must be kept in step by hand. BIND's {@code check-spf} gives the same warning.
 */
public final class SpfRrType implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "spf-rr-type",
          "SPF policies must be published as TXT, not as the obsolete SPF record type",
          Severity.WARNING,
          Category.MAIL,
          "RFC 7208 §3.1",
          "RFC 7208 §14.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private final SpfMemo memo;

  public SpfRrType() {
    this(new SpfMemo());
  }

  SpfRrType(SpfMemo memo) {
    this.memo = memo;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    SpfZone facts = memo.of(context);
    for (Node node : facts.spfTypeNodes(zone)) {
      check(facts, node, context);
    }
  }

  private static void check(SpfZone facts, Node node, RuleContext context) {
    for (ZoneRecord r : node.records()) {
      if (r.isPseudo() || r.type() != Type.SPF) {
        continue;
      }
      boolean twin = false;
      for (ZoneRecord t : node.records(Type.TXT)) {
        twin |= t.sameRdata(r);
      }
      context.report(
          r,
          "record of type SPF (99) at '"
              + node.name()
              + "': RFC 7208 removed this type and receivers only look up TXT"
              + (twin
                  ? "; the TXT beside it carries the same policy, so this copy only needs to be"
                      + " kept in step"
                  : "; no TXT here has the same text, so receivers see "
                      + (facts.first(node) == null ? "no SPF policy at all" : "a different one")),
          twin
              ? "delete the SPF-type record; the TXT already publishes the policy"
              : "publish the policy as a TXT record with the same text, then delete this one");
    }
  }
}
