package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleMeta;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.sts.MtaStsRecord;
import dev.zonelint.mail.sts.StsIssue;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Type;

/**
 * The MTA-STS TXT at {@code _mta-sts.<domain>} must be exactly {@code v=STSv1; id=<1-32
 * alphanumerics>} plus optional extensions (RFC 8461 §3.1), and be the only such record there.
 * Otherwise senders act as if the domain had no MTA-STS policy: mail is delivered without requiring
 * TLS, open to downgrade attacks, and nobody is told.
 */
@RuleMeta(
    id = "mta-sts-syntax",
    summary = "An MTA-STS record must follow the RFC 8461 grammar and be the only one at its name",
    severity = Severity.ERROR,
    category = Category.MAIL,
    references = {"RFC 8461 §3.1"})
public final class MtaStsSyntax implements NodeRule {
  private static final String HELP =
      "publish one TXT record \"v=STSv1; id=<new id>\" at '_mta-sts.<domain>', the id 1 to 32"
          + " letters or digits (for example a timestamp such as 20240101120000),"
          + " and change the id whenever the policy file changes";

  @Override
  public void check(Node node, RuleContext context) {
    if (!MailNames.hasTxt(node)
        || !MailNames.labelIs(node.name(), 0, "_mta-sts")
        || !MailNames.served(node)) {
      return;
    }
    List<ZoneRecord> counted = new ArrayList<>(1);
    for (ZoneRecord r : node.records(Type.TXT)) {
      String text = r.txt();
      if (MtaStsRecord.isMtaSts(text)) {
        counted.add(r);
      }
      if (!MtaStsRecord.mentionsMtaSts(text)) {
        continue;
      }
      for (StsIssue issue : MtaStsRecord.parse(text).issues()) {
        context.report(
            r,
            issue.message()
                + MailNames.at(issue.column())
                + ": senders ignore the record and deliver without requiring TLS",
            HELP);
      }
    }
    if (counted.size() > 1) {
      List<Related> others = new ArrayList<>();
      for (ZoneRecord r : counted.subList(1, counted.size())) {
        others.add(new Related(context.location(r), "another MTA-STS record is here"));
      }
      context.report(
          counted.get(0),
          "'"
              + node.name()
              + "' has "
              + counted.size()
              + " MTA-STS records: senders ignore them all and deliver without requiring TLS",
          "keep a single \"v=STSv1; id=...\" record and delete the others",
          others);
    }
  }
}
