package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.sts.MtaStsRecord;
import dev.zonelint.zone.Node;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * The MTA-STS TXT at {@code _mta-sts.<domain>} must be exactly {@code v=STSv1; id=<1-32
 * alphanumerics>} plus optional extensions (RFC 8461 §3.1), and be the only such record there.
 * Otherwise senders act as if the domain had no MTA-STS policy: mail is delivered without requiring
 * TLS, open to downgrade attacks, and nobody is told.
 */
public final class MtaStsSyntax implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "mta-sts-syntax",
          "An MTA-STS record must follow the RFC 8461 grammar and be the only one at its name",
          Severity.ERROR,
          Category.MAIL,
          "RFC 8461 §3.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "publish one TXT record \"v=STSv1; id=<new id>\" at '_mta-sts.<domain>', the id 1 to 32"
          + " letters or digits (for example a timestamp such as 20240101120000),"
          + " and change the id whenever the policy file changes";

  private static final PolicyTxt POLICY =
      new PolicyTxt(
          List.of("_mta-sts"),
          "MTA-STS",
          MtaStsRecord::isMtaSts,
          MtaStsRecord::mentionsMtaSts,
          text -> MtaStsRecord.parse(text).issues(),
          "deliver without requiring TLS",
          HELP,
          "keep a single \"v=STSv1; id=...\" record and delete the others");

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.TXT);
  }

  @Override
  public void check(Node node, RuleContext context) {
    POLICY.check(node, context);
  }
}
