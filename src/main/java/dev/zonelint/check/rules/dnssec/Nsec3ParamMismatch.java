package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Nsec3Chain;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Every NSEC3 of the chain uses the hash algorithm, iterations and salt of the apex NSEC3PARAM, and
 * no flag but opt-out (RFC 5155 §3.1.2, §4.1, §7.1): servers look names up with those parameters,
 * so an NSEC3 made with others is never found.
 */
public final class Nsec3ParamMismatch implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "nsec3-param-mismatch",
          "Every NSEC3 must use the NSEC3PARAM's algorithm, iterations and salt",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 5155 §3.1.2",
          "RFC 5155 §7.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    Nsec3Chain chain = Nsec3Chain.of(zone);
    if (chain == null || chain.foreign().isEmpty()) {
      return;
    }
    String expected = parameters(chain.param().rdata());
    Repeated findings = new Repeated();
    for (ZoneRecord r : chain.foreign()) {
      byte[] rdata = r.rdata();
      String actual = parameters(rdata);
      int flags = rdata[1] & 0xFF;
      String fault =
          actual.equals(expected)
              ? "has flags " + flags + ", where only the opt-out flag (1) is defined"
              : "uses " + actual + " where the " + source(chain) + " says " + expected;
      findings.add(
          fault,
          r,
          "the NSEC3 at '"
              + r.owner()
              + "' "
              + fault
              + ", so servers and validators that hash with the chain's parameters never find it");
    }
    findings.report(
        context,
        "NSEC3 records",
        "re-sign the zone with one set of NSEC3 parameters, the NSEC3PARAM's");
  }

  private static String source(Nsec3Chain chain) {
    return chain.hasApexParam() ? "NSEC3PARAM" : "first NSEC3";
  }

  /**
   * Hash algorithm, iterations and salt as NSEC3PARAM shows them, from RDATA that NSEC3 and
   * NSEC3PARAM lay out alike (RFC 5155 §3.2, §4.2); the chain only holds records this long.
   */
  private static String parameters(byte[] rdata) {
    int saltEnd = Math.min(5 + (rdata[4] & 0xFF), rdata.length);
    return "hash algorithm, iterations and salt '"
        + (rdata[0] & 0xFF)
        + " "
        + ((rdata[2] & 0xFF) << 8 | (rdata[3] & 0xFF))
        + " "
        + salt(Arrays.copyOfRange(rdata, 5, saltEnd))
        + "'";
  }

  private static String salt(byte[] salt) {
    return salt.length == 0 ? "-" : HexFormat.of().formatHex(salt);
  }
}
