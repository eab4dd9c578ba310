package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.KeyFixtures.DELEGATION;
import static dev.zonelint.check.rules.dnssec.KeyFixtures.SHA256_HEX;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecAlgorithmUnknownTest {
  private static final String RULE = "dnssec-algorithm-unknown";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecAlgorithmUnknown())
        .valid("ECDSA zone", ECDSA)
        .valid(
            "deprecated but known: dnssec-algorithm-deprecated's",
            DELEGATION + "sub DS 12345 5 2 " + SHA256_HEX + "\n")
        .valid("CDS delete form", APEX + "@ CDS 0 0 0 00\n@ CDNSKEY 0 3 0 AA==\n")
        .invalid(
            "unassigned DS algorithm",
            DELEGATION + "sub DS 12345 99 2 " + SHA256_HEX + "\n",
            expect(10, RULE))
        .invalid(
            "reserved CDS algorithm",
            APEX + "@ CDS 12345 4 2 " + SHA256_HEX + "\n",
            expect(8, RULE))
        .invalid(
            "private DNSKEY algorithm",
            APEX + "@ DNSKEY 257 3 253 " + KeyFixtures.KSK + "\n",
            expect(8, RULE))
        .stream();
  }
}
