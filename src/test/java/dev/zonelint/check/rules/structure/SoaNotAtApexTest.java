package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SoaNotAtApexTest {
  private static final String RULE = "soa-not-at-apex";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SoaNotAtApex())
        .valid("apex soa", APEX)
        .valid(
            "apex written absolute and in upper case",
            """
            $TTL 3600
            EXAMPLE.COM. SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
            """)
        .valid(
            "apex soa after $ORIGIN moves back",
            """
            $ORIGIN sub.example.com.
            $TTL 3600
            www A 192.0.2.10
            $ORIGIN example.com.
            @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
            """)
        .valid(
            "soa outside the zone is out-of-zone's job",
            APEX + "example.org. SOA ns1 hostmaster 1 7200 3600 1209600 3600\n")
        .valid(
            "an rrsig covering soa below the apex is not an soa",
            APEX + "sub RRSIG SOA 13 3 3600 20300101000000 20200101000000 1 example.com. AAAA\n")
        .invalid(
            "pasted child zone",
            APEX + "sub SOA ns1.sub hostmaster 1 7200 3600 1209600 3600\n",
            expect(8, 1, RULE))
        .invalid(
            "@ under a changed $ORIGIN",
            APEX + "$ORIGIN lab.example.com.\n@ SOA ns1 hostmaster 1 7200 3600 1209600 3600\n",
            expect(9, RULE))
        .invalid(
            "soa at a delegation point",
            APEX + "sub NS ns.example.net.\n    SOA ns.example.net. h 1 7200 3600 1209600 3600\n",
            expect(9, 5, RULE))
        .invalid(
            "soa at a wildcard and deep below",
            APEX
                + """
                * SOA ns1 hostmaster 1 7200 3600 1209600 3600
                a.b.c SOA ns1 hostmaster 1 7200 3600 1209600 3600
                """,
            expect(8, RULE),
            expect(9, RULE))
        .invalid(
            "no apex soa at all",
            """
            $ORIGIN example.com.
            $TTL 3600
            sub SOA ns1 hostmaster 1 7200 3600 1209600 3600
            """,
            expect(3, RULE))
        .stream();
  }
}
