package dev.zonelint.check.rules.alias;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneAnswer;
import dev.zonelint.zone.ZoneRecord;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A CNAME (or ALIAS/ANAME pseudo-record) whose target is inside this zone but that the zone answers
 * with NXDOMAIN: the alias is broken for every lookup (RFC 1034 §5.2.2 calls aliases to
 * non-existent names an error). The target is looked up as the server would, so a name that a
 * wildcard matches exists (RFC 4592), and targets at or below a zone cut or below a DNAME are
 * another server's or the DNAME's business and are skipped. A target that exists only as an empty
 * non-terminal (RFC 4592 §2.2.2) is reported too: it exists, but owns nothing, so every query
 * through the alias gets an empty answer.
 */
public final class DanglingCname implements AliasingRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dangling-cname",
          "A CNAME should not point at a name of this zone that does not exist",
          Severity.WARNING,
          Category.ALIAS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Last labels that suggest a name meant to be absolute but written without its final dot. */
  private static final Set<String> TLD_LIKE =
      Set.of("com", "net", "org", "io", "co", "dev", "app", "cloud", "info", "biz", "edu", "gov");

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.isServed()) {
      return;
    }
    for (ZoneRecord r : node.records()) {
      if (!r.isPseudo() && r.type() != Type.CNAME) {
        continue;
      }
      Name target = context.target(r);
      ZoneAnswer answer = ZoneAnswer.of(context.zone(), target);
      if (answer.isNxdomain()) {
        context.report(
            r,
            what(r, target)
                + "does not exist in this zone: every lookup of '"
                + node.name()
                + "' ends in NXDOMAIN",
            help(target, context.zone().origin()));
      } else if (answer.exists() && answer.node().isEmptyNonTerminal()) {
        context.report(
            r,
            what(r, target)
                + "owns no records (it exists only because names below it do): every lookup of '"
                + node.name()
                + "' gets an empty answer",
            "give '"
                + target
                + "' the records the "
                + r.typeName()
                + " is meant to reach, or point it at the name that has them");
      }
    }
  }

  /** The start of a message; made only for a finding, as most CNAMEs of a large zone have none. */
  private static String what(ZoneRecord r, Name target) {
    return "'" + r.owner() + "' is " + article(r) + " to '" + target + "', which ";
  }

  private static String article(ZoneRecord r) {
    return r.isPseudo() ? "an " + r.typeName() + " record" : "a CNAME";
  }

  private static String help(Name target, Name origin) {
    int below = target.labels() - origin.labels();
    if (below >= 2) {
      String label = target.getLabelString(below - 1).toLowerCase(Locale.ROOT);
      String tld =
          origin.labels() < 2
              ? ""
              : origin.getLabelString(origin.labels() - 2).toLowerCase(Locale.ROOT);
      if (TLD_LIKE.contains(label) || label.equals(tld)) {
        Name meant = target.relativize(origin);
        return "the target looks written without its final dot, so the origin was appended: if"
            + " you meant '"
            + meant
            + ".', end the name with a dot; otherwise add records for '"
            + target
            + "' or delete the alias";
      }
    }
    return "add records for '"
        + target
        + "', correct the target's spelling, or delete the alias"
        + " if the service behind it is gone";
  }
}
