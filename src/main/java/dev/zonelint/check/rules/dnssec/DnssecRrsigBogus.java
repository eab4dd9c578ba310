package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.RrsigFields;
import dev.zonelint.dnssec.SignatureVerifier;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.dnssec.ZoneKey;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * Each RRSIG made by an apex key must verify over its RRset in canonical form (RFC 4034 §3.1.8.1,
 * §6): a record edited after signing, or a signature pasted from another zone, does not. All
 * signatures are verified in parallel on every core.
 */
public final class DnssecRrsigBogus implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-rrsig-bogus",
          "An RRSIG must verify over its RRset with the apex key it names",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4034 §3.1.8.1",
          "RFC 4035 §5.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    SignedZone signed = SignedZone.of(zone);
    if (!signed.isSigned()) {
      return;
    }
    List<SignatureVerifier.Task> tasks = new ArrayList<>();
    for (SignedZone.SignedNode signedNode : signed.signedNodes()) {
      Node node = signedNode.node();
      for (RrsigFields sig : signedNode.signatures()) {
        // A signature over nothing, by an unknown key or with a wrong label count is
        // dnssec-rrsig-inconsistent's or dnssec-rrsig-missing's finding, not a crypto failure.
        List<ZoneKey> keys = signed.keysFor(sig);
        if (node.first(sig.typeCovered()) != null && !keys.isEmpty() && labelsFit(sig, node)) {
          tasks.add(new SignatureVerifier.Task(sig, node, keys));
        }
      }
    }
    SignatureVerifier.Outcome[] outcomes =
        SignatureVerifier.verify(tasks, Runtime.getRuntime().availableProcessors());
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] == SignatureVerifier.Outcome.BOGUS) {
        RrsigFields sig = tasks.get(i).signature();
        context.report(
            sig.record(),
            sig.describe()
                + " does not verify: the RRset was changed after signing or the signature is"
                + " corrupt, so validators answer SERVFAIL",
            "re-sign the zone after editing it; never edit signed data by hand");
      }
    }
  }

  static boolean labelsFit(RrsigFields sig, Node node) {
    int labels = node.name().labels() - 1 - (node.isWildcard() ? 1 : 0);
    return sig.labels() == labels;
  }
}
