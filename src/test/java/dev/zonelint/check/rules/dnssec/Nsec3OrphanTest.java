package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC3;
import static dev.zonelint.check.rules.dnssec.Signed.TWO_ALGORITHMS;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class Nsec3OrphanTest {
  private static final String RULE = "nsec3-orphan";
  private static final String WITHOUT_WWW =
      Signed.without(
          NSEC3,
          "www.example.com.\t3600\tIN\tA\t",
          "www.example.com.\t3600\tIN\tAAAA\t",
          "www.example.com.\t3600\tIN\tRRSIG\t");

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new Nsec3Orphan())
        .valid("opt-out chain", NSEC3)
        .valid("two algorithms", TWO_ALGORITHMS)
        .invalid(
            "NSEC3 left behind by a removed name",
            WITHOUT_WWW,
            expect(Signed.line(WITHOUT_WWW, Nsec3Fixture.nsec3(Nsec3Fixture.WWW)), RULE))
        .invalid(
            "NSEC3 two labels below the apex",
            Signed.append(
                NSEC3,
                "x."
                    + Nsec3Fixture.WWW
                    + ".example.com. 3600 IN NSEC3 1 1 0 abcd "
                    + Nsec3Fixture.APEX
                    + " A RRSIG"),
            expect(Signed.end(NSEC3), RULE))
        .invalid(
            "NSEC3 owner that is not base32hex",
            Signed.append(
                NSEC3,
                "www-host.example.com. 3600 IN NSEC3 1 1 0 abcd " + Nsec3Fixture.APEX + " A RRSIG"),
            expect(Signed.end(NSEC3), RULE))
        .stream();
  }
}
