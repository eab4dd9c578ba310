package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecIncompleteSigningTest {
  private static final String RULE = "dnssec-incomplete-signing";
  private static final String NO_RRSIG = Signed.withoutType(ECDSA, "RRSIG");

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecIncompleteSigning())
        .valid("signed zone", ECDSA)
        .valid("two algorithms", Signed.TWO_ALGORITHMS)
        .valid("unsigned zone", APEX + "www A 192.0.2.10\n")
        .valid(
            "apex signatures stripped: still signed",
            Signed.without(ECDSA, "example.com.\t3600\tIN\tRRSIG"))
        .invalid(
            "keys but every signature stripped: one finding, at the first DNSKEY",
            NO_RRSIG,
            expect(Signed.line(NO_RRSIG, "example.com.\t3600\tIN\tDNSKEY"), RULE))
        .invalid(
            "signatures but no DNSKEY: one finding, at the first RRSIG",
            Signed.withoutType(ECDSA, "DNSKEY"),
            expect(4, RULE))
        .stream();
  }
}
