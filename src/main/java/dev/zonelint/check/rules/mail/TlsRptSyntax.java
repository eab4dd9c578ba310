package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.sts.TlsRptRecord;
import dev.zonelint.zone.Node;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * The TLS reporting TXT at {@code _smtp._tls.<domain>} must be {@code v=TLSRPTv1; rua=<URIs>}, each
 * URI {@code mailto:} or {@code https:} (RFC 8460 §3), and be the only such record there. Otherwise
 * senders send no reports, and failures of MTA-STS or DANE go unnoticed.
 */
public final class TlsRptSyntax implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "tls-rpt-syntax",
          "A TLS-RPT record must follow the RFC 8460 grammar and be the only one at its name",
          Severity.ERROR,
          Category.MAIL,
          "RFC 8460 §3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "publish one TXT record \"v=TLSRPTv1; rua=mailto:tls-reports@<domain>\" at"
          + " '_smtp._tls.<domain>' (several addresses separated by ',', each mailto: or https:)";

  private static final PolicyTxt POLICY =
      new PolicyTxt(
          List.of("_smtp", "_tls"),
          "TLS-RPT",
          TlsRptRecord::isTlsRpt,
          TlsRptRecord::mentionsTlsRpt,
          text -> TlsRptRecord.parse(text).issues(),
          "send no TLS reports",
          HELP,
          "put every address in the rua= of a single record and delete the others");

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.TXT);
  }

  @Override
  public void check(Node node, RuleContext context) {
    POLICY.check(node, context);
  }
}
