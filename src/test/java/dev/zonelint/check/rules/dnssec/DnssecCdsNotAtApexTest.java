package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.KeyFixtures.DELEGATION;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecCdsNotAtApexTest {
  private static final String RULE = "dnssec-cds-not-at-apex";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecCdsNotAtApex())
        .valid("CDS at the apex", APEX + "@ CDS " + KeyFixtures.KSK_SHA256 + "\n")
        .invalid(
            "CDS at a leaf", APEX + "www CDS " + KeyFixtures.KSK_SHA256 + "\n", expect(8, RULE))
        .invalid(
            "CDNSKEY at a delegation",
            DELEGATION + "sub CDNSKEY 257 3 13 " + KeyFixtures.KSK + "\n",
            expect(10, RULE))
        .valid(
            "below a cut: occluded-data's",
            DELEGATION + "x.sub CDS " + KeyFixtures.KSK_SHA256 + "\n")
        .stream();
  }
}
