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
 * The {@code p=} text of a DKIM key record follows the base64 grammar of RFC 6376 §3.6.1, but what
 * it decodes to is not a key of type {@code k=}: a length no data encodes to (a character lost or
 * added when the key was split into strings), DER that is no RSA public key, or an Ed25519 key
 * under {@code k=rsa}. Verifiers then fail every signature made with the selector. A warning, not
 * an error: the zone is well formed and serves the record, and whether the selector still signs
 * mail is not in the zone; {@code dkim-syntax} keeps the errors against the grammar.
 */
public final class DkimKeyInvalid implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dkim-key-invalid",
          "A DKIM key must decode to a public key of its k= type",
          Severity.WARNING,
          Category.MAIL,
          "RFC 6376 §3.6.1",
          "RFC 3447 §A.1.1",
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
          DkimIssue problem = key.keyProblem();
          if (problem != null) {
            context.report(
                txt,
                () ->
                    "selector '"
                        + selector
                        + "': "
                        + problem.message()
                        + MailNames.at(problem.column()),
                () ->
                    "copy the public key again from the signer or mail provider; if the record is"
                        + " split into strings, check that no character was lost or doubled at the"
                        + " joins");
          }
        });
  }
}
