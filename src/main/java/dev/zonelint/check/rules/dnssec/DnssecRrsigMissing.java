package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.RrsigFields;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.dnssec.ZoneKey;
import dev.zonelint.zone.CommonTypes;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every authoritative RRset of a signed zone needs an RRSIG made by an apex key of each algorithm
 * in the DNSKEY RRset (RFC 4035 §2.2, RFC 6840 §5.11); without one, validators reject the answer.
 */
public final class DnssecRrsigMissing implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-rrsig-missing",
          "Every authoritative RRset needs an RRSIG by an apex key of each DNSKEY algorithm",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4035 §2.2",
          "RFC 6840 §5.11");

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
    Set<Integer> used = algorithmsInUse(signed);
    reportUnusedAlgorithms(signed, used, context);
    int[] algorithms = used.stream().mapToInt(Integer::intValue).toArray();
    for (Node node : zone.nodes()) {
      int[] types = SignedZone.signedTypes(node);
      if (types.length == 0) {
        continue;
      }
      List<RrsigFields> signatures = signed.signatures(node);
      for (int type : types) {
        Set<Integer> missing = null;
        for (int algorithm : algorithms) {
          if (!signedBy(signed, signatures, type, algorithm)) {
            missing = missing == null ? new TreeSet<>() : missing;
            missing.add(algorithm);
          }
        }
        if (missing != null) {
          context.report(
              node.first(type),
              "the "
                  + CommonTypes.name(type)
                  + " RRset of '"
                  + node.name()
                  + "' has no RRSIG by an apex key of algorithm "
                  + SignedZone.describe(missing)
                  + ", so validators treat it as bogus",
              "re-sign the zone: a record added or edited after signing has no signature");
        }
      }
    }
  }

  private static boolean signedBy(
      SignedZone signed, List<RrsigFields> signatures, int type, int algorithm) {
    for (int i = 0, n = signatures.size(); i < n; i++) {
      RrsigFields sig = signatures.get(i);
      if (sig.typeCovered() == type && sig.algorithm() == algorithm && signed.hasKeyFor(sig)) {
        return true;
      }
    }
    return false;
  }

  /** Algorithms of apex keys that sign at least one RRset of the zone. */
  private static Set<Integer> algorithmsInUse(SignedZone signed) {
    Set<Integer> keyAlgorithms = signed.algorithms();
    Set<Integer> used = new TreeSet<>();
    for (SignedZone.SignedNode node : signed.signedNodes()) {
      for (RrsigFields sig : node.signatures()) {
        if (keyAlgorithms.contains(sig.algorithm()) && signed.hasKeyFor(sig)) {
          used.add(sig.algorithm());
          if (used.size() == keyAlgorithms.size()) {
            return used; // as a rule at the first signature, not after all of them
          }
        }
      }
    }
    return used;
  }

  /**
   * A DNSKEY algorithm that signs nothing is one finding at its key, not one per RRset: it is
   * usually a key published early in an algorithm rollover, which RFC 6781 §4.1.4 says to publish
   * only after its signatures.
   */
  private static void reportUnusedAlgorithms(
      SignedZone signed, Set<Integer> used, RuleContext context) {
    Set<Integer> reported = new TreeSet<>();
    for (ZoneKey key : signed.keys()) {
      int algorithm = key.algorithm();
      if (key.isZoneKey() && !used.contains(algorithm) && reported.add(algorithm)) {
        context.report(
            Severity.WARNING,
            key.record(),
            "no RRset of the zone is signed with this key's algorithm "
                + SignedZone.describe(algorithm)
                + ", yet RFC 4035 §2.2 wants every RRset signed with each algorithm of the DNSKEY"
                + " RRset; validators that insist on it treat the zone as bogus",
            "sign the zone with this algorithm too, or remove the key; in an algorithm rollover"
                + " add the signatures before the key");
      }
    }
  }
}
