package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Nsec3Fixture.nsec3;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC3;
import static dev.zonelint.check.rules.dnssec.Signed.TWO_ALGORITHMS;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class Nsec3ParamMismatchTest {
  private static final String RULE = "nsec3-param-mismatch";
  private static final String NS1 = nsec3(Nsec3Fixture.NS1);

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new Nsec3ParamMismatch())
        .valid("opt-out flags differ from the NSEC3PARAM's 0", NSEC3)
        .valid("two algorithms", TWO_ALGORITHMS)
        .invalid(
            "one NSEC3 with another salt",
            Signed.edit(NSEC3, NS1, "1 1 0 abcd", "1 1 0 abce"),
            expect(Signed.line(NSEC3, NS1), RULE))
        .invalid(
            "one NSEC3 with more iterations",
            Signed.edit(NSEC3, NS1, "1 1 0 abcd", "1 1 5 abcd"),
            expect(Signed.line(NSEC3, NS1), RULE))
        .invalid(
            "a flag other than opt-out",
            Signed.edit(NSEC3, NS1, "1 1 0 abcd", "1 3 0 abcd"),
            expect(Signed.line(NSEC3, NS1), RULE))
        .invalid(
            "NSEC3PARAM changed after signing: ten listed, then one counts the rest",
            Signed.edit(NSEC3, "example.com.\t3600\tIN\tNSEC3PARAM", "1 0 0 abcd", "1 0 0 beef"),
            expect(Signed.line(NSEC3, nsec3(Nsec3Fixture.SECURE)), RULE),
            expect(Signed.line(NSEC3, NS1), RULE),
            expect(Signed.line(NSEC3, nsec3("67ajitha10np2te2nl0hc1oe36mh13jf")), RULE),
            expect(Signed.line(NSEC3, nsec3(Nsec3Fixture.B_C)), RULE),
            expect(Signed.line(NSEC3, nsec3("atkkt5d13gulpvf0ve9sgekuhnpg2s38")), RULE),
            expect(Signed.line(NSEC3, nsec3(Nsec3Fixture.WILD)), RULE),
            expect(Signed.line(NSEC3, nsec3(Nsec3Fixture.DELEG_ENT)), RULE),
            expect(Signed.line(NSEC3, nsec3(Nsec3Fixture.HOST_B_C)), RULE),
            expect(Signed.line(NSEC3, nsec3(Nsec3Fixture.NS2)), RULE),
            expect(Signed.line(NSEC3, nsec3(Nsec3Fixture.INSECURE)), RULE),
            expect(Signed.line(NSEC3, nsec3(Nsec3Fixture.ENT)), RULE))
        .stream();
  }
}
