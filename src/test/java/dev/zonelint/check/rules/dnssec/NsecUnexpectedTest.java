package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NsecUnexpectedTest {
  private static final String RULE = "nsec-unexpected";
  private static final String GLUE = "ns.insecure.example.com.\t3600\tIN\tA\t";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NsecUnexpected())
        .valid("NSEC at the delegation, none at its glue", NSEC)
        .invalid(
            "NSEC at glue below a delegation",
            Signed.edit(
                NSEC,
                GLUE,
                "192.0.2.54",
                "192.0.2.54\nns.insecure.example.com. 3600 IN NSEC ns1.example.com. A RRSIG NSEC"),
            expect(Signed.line(NSEC, GLUE) + 1, RULE))
        .invalid(
            "NSEC left at a name whose data was removed",
            Signed.without(
                NSEC, "ns2.example.com.\t3600\tIN\tA\t", "ns2.example.com.\t3600\tIN\tRRSIG\tA "),
            expect(Signed.line(NSEC, "ns2.example.com.\t3600\tIN\tNSEC\t") - 2, RULE))
        .invalid(
            "NSEC below a DNAME",
            RuleTester.APEX + "old DNAME example.net.\nwww.old NSEC ns1 A NSEC\n",
            expect(9, RULE))
        .stream();
  }
}
