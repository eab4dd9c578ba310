package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MultipleSoaTest {
  private static final String RULE = "multiple-soa";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MultipleSoa())
        .valid("one soa", APEX)
        .valid(
            "soa below the apex is soa-not-at-apex's job",
            APEX + "sub SOA ns1 hostmaster 1 7200 3600 1209600 3600\n")
        .valid(
            "soa outside the zone is out-of-zone's job",
            APEX + "example.org. SOA ns1 hostmaster 1 7200 3600 1209600 3600\n")
        .valid(
            "an soa rrsig beside the soa",
            APEX + "@ RRSIG SOA 13 2 3600 20300101000000 20200101000000 1 example.com. AAAA\n")
        .valid(
            "a child zone's soa at a delegation",
            APEX + "sub NS ns.example.net.\nsub SOA ns.example.net. h 1 7200 3600 1209600 3600\n")
        .valid(
            "an exact copy is duplicate-record's job (Knot soa.duplicate loads)",
            APEX + "@ 60 SOA NS1.example.com. hostmaster 2024010101 7200 3600 1209600 3600\n")
        .invalid(
            "same serial, other timers",
            APEX + "@ SOA ns1 hostmaster 2024010101 7200 3600 1209600 300\n",
            expect(8, 1, RULE))
        .invalid(
            "second soa with another serial, absolute upper-case owner",
            APEX + "EXAMPLE.COM. SOA ns1 hostmaster 2024010102 7200 3600 1209600 3600\n",
            expect(8, RULE))
        .invalid(
            "back at the apex after an $ORIGIN change",
            APEX
                + """
                $ORIGIN sub.example.com.
                www A 192.0.2.10
                $ORIGIN example.com.
                @ SOA ns1 hostmaster 2 7200 3600 1209600 3600
                """,
            expect(11, RULE))
        .invalid(
            "three soas give two findings, blank owner",
            APEX
                + """
                @ TXT "x"
                  SOA ns1 hostmaster 2 7200 3600 1209600 3600
                @ SOA ns1 hostmaster 3 7200 3600 1209600 3600
                """,
            expect(9, 3, RULE),
            expect(10, RULE))
        .invalid(
            "a copy of the second soa is not reported again",
            APEX
                + """
                @ SOA ns1 hostmaster 2 7200 3600 1209600 3600
                @ SOA ns1 hostmaster 2 7200 3600 1209600 3600
                """,
            expect(8, RULE))
        .stream();
  }
}
