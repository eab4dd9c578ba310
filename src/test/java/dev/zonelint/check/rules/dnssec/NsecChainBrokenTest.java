package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC3;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NsecChainBrokenTest {
  private static final String RULE = "nsec-chain-broken";
  private static final String NS1 = "ns1.example.com.\t3600\tIN\tNSEC\t";
  private static final String WWW = "www.example.com.\t3600\tIN\tNSEC\t";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NsecChainBroken())
        .valid("NSEC chain over empty non-terminals and delegations", NSEC)
        .valid("chain in canonical order despite mixed case", ECDSA)
        .valid("NSEC3 zone", NSEC3)
        .invalid(
            "next name skips a name",
            Signed.edit(NSEC, NS1, "ns2.example.com.", "secure.example.com."),
            expect(Signed.line(NSEC, NS1), RULE))
        .invalid(
            "last NSEC does not point back to the apex",
            Signed.edit(NSEC, WWW, "\texample.com.", "\tns1.example.com."),
            expect(Signed.line(NSEC, WWW), RULE))
        .invalid(
            "NSEC of a removed name left in the chain: the name before it points past it",
            Signed.without(NSEC, "ns2.example.com.\t3600\tIN\tA\t"),
            expect(Signed.line(NSEC, NS1), RULE))
        .invalid(
            "a second, different NSEC at a name",
            Signed.append(NSEC, "www.example.com. 3600 IN NSEC ns1.example.com. A RRSIG NSEC"),
            expect(Signed.end(NSEC), RULE))
        .stream();
  }
}
