package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.RrsigFields;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.zone.Zone;
import java.time.Duration;
import java.time.Instant;

/**
 * An RRSIG past its expiration no longer validates (RFC 4035 §5.3.1); one close to it will stop
 * validating unless the zone is re-signed in time. Checked against {@code --time}, by default now;
 * the warning window is {@code --sig-warn-days}.
 */
public final class DnssecRrsigExpired implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-rrsig-expired",
          "An RRSIG must not be expired (error) or expire within --sig-warn-days (warning)",
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
    Duration warning = Duration.ofDays(context.options().sigWarnDays());
    Instant warnFrom = now.plus(warning);
    long nowSeconds = now.getEpochSecond();
    long farBeyond = warning.toSeconds() + 1;
    for (SignedZone.SignedNode node : signed.signedNodes()) {
      for (RrsigFields sig : node.signatures()) {
        // Well past the warning window, as nearly every signature is: no instant to make.
        if (sig.secondsToExpiration(nowSeconds) > farBeyond) {
          continue;
        }
        Instant expiration = sig.expirationAround(now);
        if (expiration.isBefore(now)) {
          context.report(
              sig.record(),
              sig.describe()
                  + " expired at "
                  + expiration
                  + ", so validators treat the RRset as bogus",
              "re-sign the zone, and check that automatic re-signing runs");
        } else if (expiration.isBefore(warnFrom)) {
          context.report(
              Severity.WARNING,
              sig.record(),
              sig.describe()
                  + " expires at "
                  + expiration
                  + ", in "
                  + Duration.between(now, expiration).toHours()
                  + " hours",
              "re-sign the zone before then, and check that automatic re-signing runs");
        }
      }
    }
  }
}
