package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC3;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NsecAndNsec3Test {
  private static final String RULE = "nsec-and-nsec3";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NsecAndNsec3())
        .valid("NSEC only", NSEC)
        .valid("NSEC3 only", NSEC3)
        .invalid(
            "an NSEC3 left in an NSEC zone: one warning at the first NSEC3",
            Signed.append(
                NSEC,
                "2ger8cl64156ueo1sv7rjnfdmuhabagv.example.com. 3600 IN NSEC3 1 0 0 abcd"
                    + " 62qb06h9i34m077om10nrou8cn066vrn NS DS RRSIG\n"
                    + "vr9c9n860koddjcmhuuq6a3iri5ar02i.example.com. 3600 IN NSEC3 1 0 0 abcd"
                    + " 2ger8cl64156ueo1sv7rjnfdmuhabagv NS SOA RRSIG DNSKEY NSEC3PARAM"),
            expect(Signed.end(NSEC), RULE))
        .stream();
  }
}
