package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Nsec3Fixture.nsec3;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC3;
import static dev.zonelint.check.rules.dnssec.Signed.TWO_ALGORITHMS;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class Nsec3BitmapMismatchTest {
  private static final String RULE = "nsec3-bitmap-mismatch";
  private static final String APEX = nsec3(Nsec3Fixture.APEX);
  private static final String INSECURE = nsec3(Nsec3Fixture.INSECURE);
  private static final String SECURE = nsec3(Nsec3Fixture.SECURE);
  private static final String B_C = nsec3(Nsec3Fixture.B_C);

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new Nsec3BitmapMismatch())
        .valid("bitmaps of data, ENTs, delegations with and without DS", NSEC3)
        .valid("two algorithms", TWO_ALGORITHMS)
        .invalid(
            "apex bitmap lacks DNSKEY",
            Signed.edit(NSEC3, APEX, "RRSIG DNSKEY NSEC3PARAM", "RRSIG NSEC3PARAM"),
            expect(Signed.line(NSEC3, APEX), RULE))
        .invalid(
            "RRSIG at an insecure delegation, which has no signature",
            Signed.edit(NSEC3, INSECURE, " NS ", " NS RRSIG "),
            expect(Signed.line(NSEC3, INSECURE), RULE))
        .invalid(
            "DS left out at a secure delegation",
            Signed.edit(NSEC3, SECURE, "NS DS RRSIG", "NS RRSIG"),
            expect(Signed.line(NSEC3, SECURE), RULE))
        .invalid(
            "types at an empty non-terminal",
            Signed.edit(
                NSEC3,
                B_C,
                "atkkt5d13gulpvf0ve9sgekuhnpg2s38",
                "atkkt5d13gulpvf0ve9sgekuhnpg2s38 A RRSIG"),
            expect(Signed.line(NSEC3, B_C), RULE))
        .stream();
  }
}
