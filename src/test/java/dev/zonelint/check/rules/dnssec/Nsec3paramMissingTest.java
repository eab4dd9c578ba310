package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Nsec3Fixture.nsec3;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC3;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class Nsec3paramMissingTest {
  private static final String RULE = "nsec3param-missing";
  private static final String WITHOUT_PARAM =
      Signed.without(
          NSEC3, "example.com.\t3600\tIN\tNSEC3PARAM", "example.com.\t3600\tIN\tRRSIG\tNSEC3PARAM");

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new Nsec3paramMissing())
        .valid("NSEC3 zone with its NSEC3PARAM", NSEC3)
        .valid("NSEC zone", NSEC)
        .valid(
            "a stray NSEC3 in an NSEC zone (nsec-and-nsec3 warns)",
            Signed.append(
                NSEC,
                "vr9c9n860koddjcmhuuq6a3iri5ar02i.example.com. 3600 IN NSEC3 1 0 0 abcd"
                    + " 2ger8cl64156ueo1sv7rjnfdmuhabagv NS SOA RRSIG DNSKEY NSEC3PARAM"))
        .invalid(
            "NSEC3PARAM dropped: one finding at the first NSEC3",
            WITHOUT_PARAM,
            expect(Signed.line(WITHOUT_PARAM, nsec3(Nsec3Fixture.SECURE)), RULE))
        .valid(
            "a lone NSEC3 in an unsigned zone (BIND's good-nsec3-nopadhash)",
            RuleTester.APEX + "CPNMU NSEC3 2 1 12 aabbccdd CPNMU MX NS SOA NSEC3PARAM RRSIG\n")
        .stream();
  }
}
