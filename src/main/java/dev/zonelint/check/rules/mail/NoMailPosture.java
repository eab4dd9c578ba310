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
import org.xbill.DNS.Type;

/**
 * A null MX (RFC 7505) says a name receives no mail; a name that receives none normally sends none
 * either, and should say so too, or spammers keep using it as a sender: an SPF record {@code v=spf1
 * -all} (RFC 7208) and a DMARC policy of reject (RFC 7489), its own or inherited from the apex
 * through {@code sp=} (or {@code p=} when there is no {@code sp=}). This is the parked-domain
 * posture of M3AAWG and of government guidance (UK NCSC, CISA BOD 18-01). Reported on the null MX,
 * saying which part is missing; a {@code _dmarc} CNAME or delegation is assumed to be right.
 */
public final class NoMailPosture implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "no-mail-posture",
          "A name with a null MX should also refuse mail in SPF and DMARC",
          Severity.INFO,
          Category.MAIL,
          "RFC 7505 §3",
          "RFC 7505 §4",
          "RFC 7208 §5.1",
          "RFC 7489 §6.3");

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
    if (MailNames.mxPosture(node) != MailNames.MxPosture.NULL_MX) {
      return;
    }
    List<ZoneRecord> mx = node.records(Type.MX);
    List<String> missing = new ArrayList<>(2);
    ZoneRecord spf = MailNames.spf(node);
    if (spf == null) {
      missing.add("no SPF record");
    } else if (!spf.txt().strip().replaceAll("\\s+", " ").equalsIgnoreCase("v=spf1 -all")) {
      missing.add("the SPF record '" + shorten(spf.txt()) + "' is not \"v=spf1 -all\"");
    }
    String dmarc = DmarcLookup.applying(context.zone(), node).rejectGap(node);
    if (dmarc != null) {
      missing.add(dmarc);
    }
    if (missing.isEmpty()) {
      return;
    }
    context.report(
        mx.get(0),
        "'"
            + node.name()
            + "' receives no mail (null MX) but does not say it sends none: "
            + String.join(", and ", missing)
            + "; spammers can still send mail in its name",
        "add a TXT \"v=spf1 -all\" at '"
            + node.name()
            + "' and "
            + (node.isWildcard()
                ? "give the apex's DMARC record sp=reject"
                : "a TXT \"v=DMARC1; p=reject;\" at '_dmarc."
                    + node.name()
                    + "' (or give the apex's DMARC record sp=reject)"));
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
