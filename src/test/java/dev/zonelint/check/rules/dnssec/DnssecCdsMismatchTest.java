package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecCdsMismatchTest {
  private static final String RULE = "dnssec-cds-mismatch";
  private static final int END = ECDSA.split("\n", -1).length;

  /** The ECDSA fixture with records appended at the apex, from line END on. */
  private static String with(String... records) {
    StringBuilder zone = new StringBuilder(ECDSA);
    for (String r : records) {
      zone.append("example.com.\t3600\tIN\t").append(r).append('\n');
    }
    return zone.toString();
  }

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecCdsMismatch())
        .valid("no CDS", ECDSA)
        .valid("CDS of the KSK", with("CDS " + KeyFixtures.KSK_SHA256))
        .valid(
            "SHA-384 and SHA-1 CDS of the KSK",
            with("CDS " + KeyFixtures.KSK_SHA384, "CDS " + KeyFixtures.KSK_SHA1))
        .valid("CDS of the ZSK: any apex key will do", with("CDS " + KeyFixtures.ZSK_SHA256))
        .valid(
            "CDS and CDNSKEY of the KSK",
            with("CDS " + KeyFixtures.KSK_SHA256, "CDNSKEY 257 3 13 " + KeyFixtures.KSK))
        .valid("CDNSKEY alone", with("CDNSKEY 257 3 13 " + KeyFixtures.KSK))
        .invalid(
            "CDS digest changed",
            with("CDS " + KeyFixtures.KSK_SHA256.replace("35a0", "35a1")),
            expect(END, RULE))
        .invalid(
            "CDS algorithm changed",
            with("CDS " + KeyFixtures.KSK_SHA256.replace("1648 13", "1648 8")),
            expect(END, RULE))
        .invalid(
            "CDNSKEY flags differ from the DNSKEY's",
            with("CDNSKEY 256 3 13 " + KeyFixtures.KSK),
            expect(END, RULE))
        .invalid(
            "CDS and CDNSKEY name different keys: both reported",
            with("CDS " + KeyFixtures.KSK_SHA256, "CDNSKEY 256 3 13 " + KeyFixtures.ZSK),
            expect(END, RULE),
            expect(END + 1, RULE))
        .invalid(
            "a CDS key without CDNSKEY beside one with",
            with(
                "CDS " + KeyFixtures.KSK_SHA256,
                "CDS " + KeyFixtures.ZSK_SHA256,
                "CDNSKEY 257 3 13 " + KeyFixtures.KSK),
            expect(END + 1, RULE))
        .valid(
            "delete forms: dnssec-cds-delete-invalid's", with("CDS 0 0 0 00", "CDNSKEY 0 3 0 AA=="))
        .stream();
  }
}
