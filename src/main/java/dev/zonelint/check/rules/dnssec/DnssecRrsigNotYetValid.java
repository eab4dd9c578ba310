package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.RrsigFields;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.zone.CommonTypes;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.time.Instant;

/**
 * An RRSIG whose inception is in the future does not validate yet (RFC 4035 §5.3.1): usually the
 * signer's clock was wrong. Checked against {@code --time}, by default now.
 */
public final class DnssecRrsigNotYetValid implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-rrsig-not-yet-valid",
          "An RRSIG's inception must not be in the future",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4034 §3.1.5",
          "RFC 4035 §5.3.1");

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
    Instant now = context.options().validationTime();
    long nowSeconds = now.getEpochSecond();
    for (SignedZone.SignedNode signedNode : signed.signedNodes()) {
      Node node = signedNode.node();
      for (RrsigFields sig : signedNode.signatures()) {
        // Incepted before this second, as nearly every signature is: no instant to make.
        if (sig.secondsToInception(nowSeconds) < 0) {
          continue;
        }
        Instant inception = sig.inceptionAround(now);
        if (inception.isAfter(now)) {
          context.report(
              sig.record(),
              "the RRSIG over the "
                  + CommonTypes.name(sig.typeCovered())
                  + " RRset of '"
                  + node.name()
                  + "' is valid only from "
                  + inception
                  + ", so until then validators treat the RRset as bogus",
              "check the signer's clock and re-sign the zone");
        }
      }
    }
  }
}
