package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Nsec3Fixture.nsec3;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC3;
import static dev.zonelint.check.rules.dnssec.Signed.TWO_ALGORITHMS;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class Nsec3MissingTest {
  private static final String RULE = "nsec3-missing";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new Nsec3Missing())
        .valid("NSEC3 with opt-out, empty non-terminals and delegations", NSEC3)
        .valid("NSEC3 with two algorithms", TWO_ALGORITHMS)
        .valid("NSEC zone", NSEC)
        .valid(
            "a stray NSEC3 in an NSEC zone does not make every name lack one",
            Signed.append(
                NSEC,
                "vr9c9n860koddjcmhuuq6a3iri5ar02i.example.com. 3600 IN NSEC3 1 0 0 abcd"
                    + " 2ger8cl64156ueo1sv7rjnfdmuhabagv NS SOA RRSIG DNSKEY NSEC3PARAM"))
        .invalid(
            "name added after signing",
            Signed.append(NSEC3, "new.example.com. 3600 IN A 192.0.2.99"),
            expect(Signed.end(NSEC3), RULE))
        .invalid(
            "NSEC3 of a name dropped",
            Nsec3Fixture.without(NSEC3, Nsec3Fixture.WWW),
            expect(
                Signed.line(
                    Nsec3Fixture.without(NSEC3, Nsec3Fixture.WWW),
                    "www.example.com.\t3600\tIN\tA\t"),
                RULE))
        .invalid(
            "NSEC3 of an empty non-terminal dropped: reported at the name below it",
            Nsec3Fixture.without(NSEC3, Nsec3Fixture.B_C),
            expect(
                Signed.line(
                    Nsec3Fixture.without(NSEC3, Nsec3Fixture.B_C),
                    "host.b.c.example.com.\t3600\tIN\tA\t"),
                RULE))
        .invalid(
            "a secure delegation cannot be opted out",
            Nsec3Fixture.without(NSEC3, Nsec3Fixture.SECURE),
            expect(Signed.line(NSEC3, "secure.example.com.\t3600\tIN\tNS\t"), RULE))
        .valid(
            "insecure delegation opted out under an opt-out NSEC3",
            Nsec3Fixture.without(NSEC3, Nsec3Fixture.INSECURE))
        .invalid(
            "insecure delegation left out under an NSEC3 without opt-out",
            Signed.edit(
                Nsec3Fixture.without(NSEC3, Nsec3Fixture.INSECURE),
                nsec3(Nsec3Fixture.NS2),
                "1 1 0 abcd",
                "1 0 0 abcd"),
            expect(Signed.line(NSEC3, "insecure.example.com.\t3600\tIN\tNS\t"), RULE))
        .valid(
            "empty non-terminal opted out with the only delegation below it",
            Nsec3Fixture.without(NSEC3, Nsec3Fixture.ENT, Nsec3Fixture.DELEG_ENT))
        .invalid(
            "empty non-terminal left out while the delegation below has its NSEC3 (RFC 5155 §7.1)",
            Nsec3Fixture.without(NSEC3, Nsec3Fixture.ENT),
            expect(
                Signed.line(
                    Nsec3Fixture.without(NSEC3, Nsec3Fixture.ENT),
                    "deleg.ent.example.com.\t3600\tIN\tNS\t"),
                RULE))
        .stream();
  }
}
