package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * RFC 8301 §3.2: signers must use RSA keys of at least 1024 bits and should use at least 2048;
 * verifiers must not accept signatures from smaller keys. A key under 1024 bits is an error (every
 * signature fails, and such keys have been factored in practice); one under 2048 bits is a warning.
 * The size is the decoded modulus length, not a guess from the text's length. Ed25519 keys are
 * always 256 bits and not reported.
 */
public final class DkimWeakKey implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dkim-weak-key",
          "A DKIM RSA key must have at least 1024 bits, and should have 2048",
          Severity.ERROR,
          Category.MAIL,
          "RFC 8301 §3.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "generate a 2048-bit key, publish it under a new selector, switch the signer to it, then"
          + " revoke this selector with an empty p=";

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.TXT);
  }

  @Override
  public void check(Node node, RuleContext context) {
    DkimKeys.forEachKey(
        node,
        (txt, key, selector) -> {
          int bits = key.keyBits();
          if (!key.hasRsaKey() || bits >= 2048) {
            return;
          }
          String subject =
              "the DKIM key of selector '" + selector + "' is a " + bits + "-bit RSA key";
          if (bits < 1024) {
            context.report(
                Severity.ERROR,
                txt,
                subject
                    + ": verifiers treat signatures from keys under 1024 bits as failing"
                    + " (RFC 8301 §3.2), and keys this small can be factored",
                HELP);
          } else {
            context.report(
                Severity.WARNING,
                txt,
                subject
                    + ": RFC 8301 §3.2 asks for at least 2048 bits, and 1024-bit keys are within"
                    + " reach of well-funded attackers who could then sign mail as this domain",
                HELP);
          }
        });
  }
}
