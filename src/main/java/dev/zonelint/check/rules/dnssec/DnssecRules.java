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
        new Nsec3Salt(),
        new NsecMissing(),
        new NsecChainBroken(),
        new NsecBitmapMismatch(),
        new NsecUnexpected(),
        new NsecAndNsec3(),
        new Nsec3paramMissing(),
        new Nsec3ParamMismatch(),
        new Nsec3Missing(),
        new Nsec3ChainBroken(),
        new Nsec3BitmapMismatch(),
        new Nsec3Orphan());
  }
}
