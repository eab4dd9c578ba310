package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A name that handles mail should be covered by a DMARC policy (RFC 7489 §6.6.3): its own {@code
 * _dmarc} record or its organisational domain's. Offline, the organisational domain is taken to be
 * the zone apex, so a {@code _dmarc} TXT starting {@code v=DMARC1} at the name itself or at the
 * apex counts; a {@code _dmarc} CNAME or delegation is assumed to lead to one. Without DMARC,
 * receivers apply no policy to mail that fails SPF and DKIM, and the owner gets no reports about
 * who sends as the domain.
 */
public final class MxWithoutDmarc implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "mx-without-dmarc",
          "A name with MX records should be covered by a DMARC policy",
          Severity.INFO,
          Category.MAIL,
          "RFC 7489 §6.6.3",
          "RFC 7489 §6.1");

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
    if (MailNames.mxPosture(node) != MailNames.MxPosture.RECEIVES) {
      return;
    }
    List<ZoneRecord> mx = node.records(Type.MX);
    if (DmarcLookup.applying(context.zone(), node).state() != DmarcLookup.State.NONE) {
      return;
    }
    Name apex = context.zone().apex() == null ? null : context.zone().apex().name();
    List<String> looked = new ArrayList<>(2);
    if (!node.isWildcard()) {
      looked.add("'_dmarc." + node.name() + "'");
    }
    if (apex != null && !node.isApex()) {
      looked.add("'_dmarc." + apex + "'");
    }
    context.report(
        mx.get(0),
        "'"
            + node.name()
            + "' has MX records but no DMARC policy covers it (no v=DMARC1 TXT at "
            + String.join(" or ", looked)
            + "): receivers apply no policy to forged mail from it and send no reports",
        "publish a DMARC record at '_dmarc."
            + (apex == null ? node.name() : apex)
            + "', starting in monitoring mode with \"v=DMARC1; p=none; rua=mailto:<reports"
            + " address>\", then move to p=quarantine or p=reject once the reports look clean;"
            + " if the organisational domain lives in another zone and has DMARC, ignore this");
  }
}
