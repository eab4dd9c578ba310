package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC3;
import static dev.zonelint.check.rules.dnssec.Signed.TWO_ALGORITHMS;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NsecMissingTest {
  private static final String RULE = "nsec-missing";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NsecMissing())
        .valid("NSEC zone (glue and empty non-terminals have none)", NSEC)
        .valid("NSEC zone with a wildcard and mixed case", ECDSA)
        .valid("NSEC3 zones are not checked for NSEC", NSEC3)
        .valid("NSEC3 with two algorithms", TWO_ALGORITHMS)
        .valid(
            "a stray NSEC in an NSEC3 zone does not make every name lack one",
            Signed.append(NSEC3, "www.example.com. 3600 IN NSEC example.com. A AAAA RRSIG NSEC"))
        .invalid(
            "NSEC of a name dropped",
            Signed.without(NSEC, "www.example.com.\t3600\tIN\tNSEC\t"),
            expect(Signed.line(NSEC, "www.example.com.\t3600\tIN\tA\t"), RULE))
        .invalid(
            "name added after signing",
            Signed.append(NSEC, "new.example.com. 3600 IN A 192.0.2.99"),
            expect(Signed.end(NSEC), RULE))
        .invalid(
            "a delegation needs an NSEC",
            Signed.without(NSEC, "insecure.example.com.\t3600\tIN\tNSEC\t"),
            expect(Signed.line(NSEC, "insecure.example.com.\t3600\tIN\tNS\t"), RULE))
        .invalid(
            "signed zone with no NSEC or NSEC3 at all: one finding at the SOA",
            Signed.withoutType(NSEC, "NSEC"),
            expect(Signed.line(NSEC, "example.com.\t3600\tIN\tSOA"), RULE))
        .valid(
            "unsigned zone with a partial NSEC chain: nothing relies on it",
            RuleTester.APEX + "@ NSEC ns1 NS SOA NSEC\n")
        .stream();
  }
}
