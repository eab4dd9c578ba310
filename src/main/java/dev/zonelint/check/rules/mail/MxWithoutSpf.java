package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * A name that receives mail (it has MX records) almost always sends some too, from the same name:
 * bounces, replies, notifications. Without an SPF record (RFC 7208 §4.5) at that name, receivers
 * get SPF result "none" and cannot tell forged mail from real mail, and large mailbox providers now
 * demand SPF or DKIM from every sender. A null MX is left to {@code no-mail-posture}, a mix of null
 * and real MX to {@code null-mx-mixed}, an MX beside a CNAME to {@code cname-and-other-data}.
 */
public final class MxWithoutSpf implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "mx-without-spf",
          "A name with MX records should publish an SPF record",
          Severity.INFO,
          Category.MAIL,
          "RFC 7208 §2.3",
          "RFC 7208 §4.5");

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
    if (MailNames.spf(node) != null) {
      return;
    }
    context.report(
        mx.get(0),
        "'"
            + node.name()
            + "' has MX records but no SPF record: receivers cannot tell mail really sent from"
            + " this name from forgeries, and large mailbox providers may refuse its mail",
        "add a TXT record at '"
            + node.name()
            + "' listing the hosts that send its mail, e.g. \"v=spf1 mx -all\" (or \"v=spf1"
            + " include:<your provider> -all\"); if it sends no mail at all, \"v=spf1 -all\"");
  }
}
