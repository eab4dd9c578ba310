package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.dmarc.DmarcIssue;
import dev.zonelint.mail.dmarc.DmarcRecord;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * A DMARC record (RFC 7489 §6.3) must follow the tag grammar of §6.4: {@code v=DMARC1} first, a
 * valid {@code p=}, known values for every tag, report addresses as {@code mailto:} URIs. A record
 * with a bad {@code p=} or {@code sp=} gives no protection at all (§6.6.3); other mistakes lose
 * reports or alignment settings. Unknown tags are warnings (receivers ignore them). Every TXT at a
 * {@code _dmarc} name that has a {@code v=DMARC1} tag is checked, including ones receivers discard
 * because the version is misplaced or misspelled.
 */
public final class DmarcSyntax implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dmarc-syntax",
          "A DMARC record must follow the RFC 7489 tag grammar",
          Severity.ERROR,
          Category.MAIL,
          "RFC 7489 §6.3",
          "RFC 7489 §6.4",
          "RFC 7489 §6.6.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.TXT);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!MailNames.hasTxt(node) || !MailNames.isDmarcName(node.name()) || !node.isServed()) {
      return;
    }
    for (ZoneRecord r : node.records(Type.TXT)) {
      String text = r.txt();
      if (!DmarcRecord.mentionsDmarc(text)) {
        continue;
      }
      String domain = MailNames.domainOf(node.name(), "_dmarc");
      for (DmarcIssue issue : DmarcRecord.parse(text).issues()) {
        context.report(
            issue.severity(),
            r,
            issue.message() + MailNames.at(issue.column()),
            "write the record as tag=value pairs separated by ';', v=DMARC1 first, for example"
                + " \"v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@"
                + domain
                + "\" (RFC 7489 §6.3 lists the tags)");
      }
    }
  }
}
