package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules of this section, in catalogue order. */
public final class DnssecRules {
  private DnssecRules() {}

  public static List<Rule> all() {
    return List.of(
        new DnssecIncompleteSigning(),
        new DnssecRrsigMissing(),
        new DnssecRrsigBogus(),
        new DnssecRrsigExpired(),
        new DnssecRrsigNotYetValid(),
        new DnssecRrsigInconsistent(),
        new DnssecZonemdInvalid(),
        new DnssecNoKsk(),
        new DnssecDnskeyNotSepSigned(),
        new DnssecDnskeyInvalid(),
        new DnssecAlgorithmDeprecated(),
        new DnssecAlgorithmUnknown(),
        new DnssecRsaKeySize(),
        new DnssecKeyTagCollision(),
        new DnssecCdsNotAtApex(),
        new DnssecCdsMismatch(),
        new DnssecCdsDeleteInvalid(),
        new DnssecDsDigestInvalid(),
        new DnssecDsDigestDeprecated(),
        new Nsec3paramInvalid(),
        new Nsec3Iterations(),
        new Nsec3Salt());
  }
}
