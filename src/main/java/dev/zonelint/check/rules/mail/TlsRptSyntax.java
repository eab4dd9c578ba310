package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleMeta;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.sts.StsIssue;
import dev.zonelint.mail.sts.TlsRptRecord;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Type;

/**
 * The TLS reporting TXT at {@code _smtp._tls.<domain>} must be {@code v=TLSRPTv1; rua=<URIs>}, each
 * URI {@code mailto:} or {@code https:} (RFC 8460 §3), and be the only such record there. Otherwise
 * senders send no reports, and failures of MTA-STS or DANE go unnoticed.
 */
@RuleMeta(
    id = "tls-rpt-syntax",
    summary = "A TLS-RPT record must follow the RFC 8460 grammar and be the only one at its name",
    severity = Severity.ERROR,
    category = Category.MAIL,
    references = {"RFC 8460 §3"})
public final class TlsRptSyntax implements NodeRule {
  private static final String HELP =
      "publish one TXT record \"v=TLSRPTv1; rua=mailto:tls-reports@<domain>\" at"
          + " '_smtp._tls.<domain>' (several addresses separated by ',', each mailto: or https:)";

  @Override
  public void check(Node node, RuleContext context) {
    if (!MailNames.hasTxt(node)
        || !MailNames.labelIs(node.name(), 0, "_smtp")
        || !MailNames.labelIs(node.name(), 1, "_tls")
        || !MailNames.served(node)) {
      return;
    }
    List<ZoneRecord> counted = new ArrayList<>(1);
    for (ZoneRecord r : node.records(Type.TXT)) {
      String text = r.txt();
      if (TlsRptRecord.isTlsRpt(text)) {
        counted.add(r);
      }
      if (!TlsRptRecord.mentionsTlsRpt(text)) {
        continue;
      }
      for (StsIssue issue : TlsRptRecord.parse(text).issues()) {
        context.report(
            r,
            issue.message()
                + MailNames.at(issue.column())
                + ": senders ignore the record and send no TLS reports",
            HELP);
      }
    }
    if (counted.size() > 1) {
      List<Related> others = new ArrayList<>();
      for (ZoneRecord r : counted.subList(1, counted.size())) {
        others.add(new Related(context.location(r), "another TLS-RPT record is here"));
      }
      context.report(
          counted.get(0),
          "'"
              + node.name()
              + "' has "
              + counted.size()
              + " TLS-RPT records: senders ignore them all and send no TLS reports",
          "put every address in the rua= of a single record and delete the others",
          others);
    }
  }
}
