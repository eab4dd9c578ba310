package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Nsec3Fixture.nsec3;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC3;
import static dev.zonelint.check.rules.dnssec.Signed.TWO_ALGORITHMS;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class Nsec3ChainBrokenTest {
  private static final String RULE = "nsec3-chain-broken";
  private static final String NS1 = nsec3(Nsec3Fixture.NS1);
  private static final String APEX = nsec3(Nsec3Fixture.APEX);

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new Nsec3ChainBroken())
        .valid("opt-out chain", NSEC3)
        .valid("chain with two algorithms", TWO_ALGORITHMS)
        .invalid(
            "next hashed owner skips a hash",
            Signed.edit(NSEC3, NS1, "67ajitha10np2te2nl0hc1oe36mh13jf", Nsec3Fixture.B_C),
            expect(Signed.line(NSEC3, NS1), RULE))
        .invalid(
            "last hash does not wrap to the first",
            Signed.edit(NSEC3, APEX, " " + Nsec3Fixture.SECURE, " " + Nsec3Fixture.NS1),
            expect(Signed.line(NSEC3, APEX), RULE))
        .invalid(
            "NSEC3 of a hash dropped: the one before points to it",
            Nsec3Fixture.without(NSEC3, "67ajitha10np2te2nl0hc1oe36mh13jf"),
            expect(
                Signed.line(Nsec3Fixture.without(NSEC3, "67ajitha10np2te2nl0hc1oe36mh13jf"), NS1),
                RULE))
        .invalid(
            "next hashed owner of the wrong length",
            Signed.edit(NSEC3, NS1, "67ajitha10np2te2nl0hc1oe36mh13jf", "67ajitha10np2te2"),
            expect(Signed.line(NSEC3, NS1), RULE))
        .invalid(
            "a second, different NSEC3 at a hash",
            Signed.append(
                NSEC3,
                Nsec3Fixture.WWW
                    + ".example.com. 3600 IN NSEC3 1 1 0 abcd "
                    + Nsec3Fixture.APEX
                    + " A RRSIG"),
            expect(Signed.end(NSEC3), RULE))
        .stream();
  }
}
