package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.spf.Directive;
import dev.zonelint.mail.spf.Mechanism;
import dev.zonelint.mail.spf.Qualifier;
import dev.zonelint.mail.spf.SpfRecord;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Name;

/**
 * An SPF policy should end by failing the hosts it does not list (RFC 7208 §5.1). {@code +all}
 * authorises every host on the internet; {@code ?all}, or a record with neither {@code all} nor
 * {@code redirect}, gives the neutral result, which receivers treat as if there were no SPF, so
 * anyone can send as the domain. Records used only as include targets in this zone may leave the
 * verdict to the including record ({@code ?all} and no {@code all} are then harmless, §5.2); their
 * {@code +all} is reported all the same, since it passes every host of every includer.
 */
public final class SpfPermissiveAll implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "spf-permissive-all",
          "An SPF record should end with -all or ~all",
          Severity.WARNING,
          Category.MAIL,
          "RFC 7208 §5.1",
          "RFC 7208 §8.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private final SpfMemo memo;

  public SpfPermissiveAll() {
    this(new SpfMemo());
  }

  SpfPermissiveAll(SpfMemo memo) {
    this.memo = memo;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    SpfZone facts = memo.of(context);
    List<SpfZone.Spot> spots = facts.spots(zone);
    Set<Node> includeTargets = new HashSet<>();
    for (SpfZone.Spot spot : spots) {
      for (SpfZone.Entry e : spot.entries()) {
        for (Directive d : e.spf().directives()) {
          if (d.mechanism() instanceof Mechanism.Include inc && !inc.domain().hasMacros()) {
            Name name = facts.graph().inZone(zone, inc.domain().literal());
            SpfLookup l = name == null ? null : SpfLookup.of(zone, name);
            Node target = l != null && l.kind() == SpfLookup.Kind.ANSWER ? l.node() : null;
            if (target != null && !target.equals(spot.node())) {
              includeTargets.add(target);
            }
          }
        }
      }
    }
    for (SpfZone.Spot spot : spots) {
      for (SpfZone.Entry e : spot.entries()) {
        if (e.spf().valid()) {
          check(spot.node(), e, includeTargets.contains(spot.node()), context);
        }
      }
    }
  }

  private static void check(Node node, SpfZone.Entry e, boolean included, RuleContext context) {
    SpfRecord spf = e.spf();
    Directive all = spf.all();
    String help =
        "end the record with '-all' (or '~all' while testing) once every sender is listed";
    if (all != null && all.qualifier() == Qualifier.PASS) {
      context.report(
          e.txt(),
          () ->
              "SPF term '"
                  + all.text()
                  + "' lets every host on the internet pass SPF for '"
                  + node.name()
                  + "'"
                  + (included ? " and for every domain that includes it" : "")
                  + ": anyone can send mail as "
                  + (included ? "them" : "this domain"),
          () -> help);
    } else if (included) {
      return; // the including record gives the verdict (RFC 7208 §5.2)
    } else if (all != null && all.qualifier() == Qualifier.NEUTRAL) {
      context.report(
          e.txt(),
          () ->
              "SPF term '"
                  + all.text()
                  + "' gives no verdict for unlisted hosts, so receivers treat mail from anyone"
                  + " as if '"
                  + node.name()
                  + "' had no SPF",
          () -> help);
    } else if (all == null && spf.redirect() == null) {
      context.report(
          e.txt(),
          () ->
              "SPF record of '"
                  + node.name()
                  + "' has neither 'all' nor 'redirect': unlisted hosts get the neutral result,"
                  + " as with '?all', so anyone can send mail as this domain",
          () -> help);
    }
  }
}
