package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Nsec3Chain;
import dev.zonelint.zone.Zone;
import java.util.Arrays;
import java.util.List;
import org.xbill.DNS.utils.base32;

/**
 * The NSEC3 records form one loop in hash order (RFC 5155 §3.1.7, §7.1): each next hashed owner is
 * the following hash, the last wraps to the first, and a hash has one NSEC3.
 */
public final class Nsec3ChainBroken implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec3-chain-broken",
          "Each NSEC3 must name the next hashed owner in hash order, the last the first",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 5155 §3.1.7",
          "RFC 5155 §7.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final base32 BASE32HEX = new base32(base32.Alphabet.BASE32HEX, false, true);
  private static final String HELP =
      "re-sign the zone: names added or removed after signing break the chain";

  @Override
  public void check(Zone zone, RuleContext context) {
    Nsec3Chain chain = Nsec3Chain.of(zone);
    if (chain == null || chain.links().isEmpty()) {
      return;
    }
    List<Nsec3Chain.Link> links = chain.links();
    int n = links.size();
    for (int i = 0; i < n; i++) {
      Nsec3Chain.Link link = links.get(i);
      if (i > 0 && Arrays.equals(link.hash(), links.get(i - 1).hash())) {
        Nsec3Chain.Link first = links.get(i - 1);
        if (!link.record().sameRdata(first.record())) {
          context.report(
              link.record(),
              "a second NSEC3 at '"
                  + link.record().owner()
                  + "': a hash has one NSEC3, and the two contradict each other",
              HELP,
              first.record(),
              "the first NSEC3 at this hash");
        }
        continue;
      }
      int next = i + 1;
      while (next < n && Arrays.equals(links.get(next).hash(), link.hash())) {
        next++;
      }
      byte[] expected = links.get(next % n).hash();
      byte[] actual = link.next();
      if (actual.length != link.hash().length) {
        context.report(
            link.record(),
            "the next hashed owner of the NSEC3 at '"
                + link.record().owner()
                + "' is "
                + actual.length
                + " octets long where its own hash is "
                + link.hash().length
                + ", so it names no NSEC3 and the chain ends there",
            HELP);
      } else if (!Arrays.equals(expected, actual)) {
        context.report(
            link.record(),
            "the NSEC3 at '"
                + link.record().owner()
                + "' names "
                + BASE32HEX.toString(actual)
                + " as the next hashed owner, but "
                + (next == n
                    ? "it is the last hash, whose NSEC3 must point back to the first, "
                    : "the next hash in the chain is ")
                + BASE32HEX.toString(expected)
                + ", so validators get wrong proofs of non-existence",
            HELP);
      }
    }
  }
}
