package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.dkim.DkimIssue;
import dev.zonelint.zone.Node;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * A DKIM key record at {@code <selector>._domainkey.<domain>} (RFC 6376 §3.6.1) must parse: a tag
 * list, a known key type, and a {@code p=} key in the base64 alphabet. A record that does not parse
 * makes every signature with the selector fail, which receivers enforcing DMARC turn into
 * quarantined or rejected mail. Key text that parses but decodes to no usable key is {@code
 * dkim-key-invalid}. Ignored tags are warnings; an empty {@code p=} (a revoked key) is reported as
 * info. CNAMEs to a provider's key are fine and not looked at.
 */
public final class DkimSyntax implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dkim-syntax",
          "A DKIM key record must follow the RFC 6376 tag-list and base64 grammar",
          Severity.ERROR,
          Category.MAIL,
          "RFC 6376 §3.6.1",
          "RFC 6376 §3.2",
          "RFC 8463 §4.2");

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
    DkimKeys.forEachKey(
        node,
        (txt, key, selector) -> {
          for (DkimIssue issue : key.issues()) {
            context.report(
                issue.severity(),
                txt,
                "selector '" + selector + "': " + issue.message() + MailNames.at(issue.column()),
                help(issue.severity()));
          }
        });
  }

  private static String help(Severity severity) {
    if (severity == Severity.INFO) {
      return "keep the revoked key until no mail signed with it is in transit, then delete the"
          + " record";
    }
    return "publish the key exactly as the signer or mail provider gives it, as"
        + " \"v=DKIM1; k=rsa; p=<base64 key>\" (split into several quoted strings if long, never"
        + " inside the base64 padding)";
  }
}
