package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MissingApexNsTest {
  private static final String RULE = "missing-apex-ns";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MissingApexNs())
        .valid("clean apex", APEX)
        .valid(
            "ns with a blank owner after a multi-line soa, out-of-zone targets",
            """
            $ORIGIN example.com.
            $TTL 3600
            @ IN SOA dns1.example.com. hostmaster.example.com. (
                    2010111214 6h 1h 1w 1d )
                    NS ns.example.net.
            """)
        .valid(
            "ns at the apex written absolute in upper case",
            """
            $TTL 3600
            example.com. SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
            EXAMPLE.COM. NS ns.example.net.
            """)
        .valid(
            "no soa at the apex: missing-soa speaks for it",
            """
            $ORIGIN example.com.
            $TTL 3600
            www A 192.0.2.10
            """)
        .valid(
            "soa only below the apex: soa-not-at-apex speaks for it",
            """
            $ORIGIN example.com.
            $TTL 3600
            sub SOA ns1 hostmaster 1 7200 3600 1209600 3600
            """)
        .invalid(
            "soa without ns (Knot ns_apex.missing)",
            """
            $ORIGIN example.com.
            $TTL 3600

            @	IN	SOA	dns1.example.com. hostmaster.example.com. (
            		2010111214 6h 1h 1w 1d )

            ; missing NS in apex
            """,
            expect(4, 1, RULE))
        .invalid(
            "ns only at a delegation",
            """
            $ORIGIN example.com.
            $TTL 3600
            @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
            ns1 A 192.0.2.1
            sub NS ns1
            """,
            expect(3, RULE))
        .invalid(
            "ns written for another zone (missing trailing dot gone wrong)",
            """
            $ORIGIN example.com.
            $TTL 3600
            @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
            example.org. NS ns1.example.com.
            """,
            expect(3, RULE))
        .invalid(
            "ns under a relative owner that is not the apex",
            """
            $ORIGIN example.com.
            $TTL 3600
            @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
            example.com NS ns1
            """,
            expect(3, RULE))
        .invalid(
            "two soas and no ns: one finding at the first soa",
            """
            $ORIGIN example.com.
            $TTL 3600
            @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
            @ SOA ns1 hostmaster 2 7200 3600 1209600 3600
            @ MX 10 mail.example.net.
            """,
            expect(3, RULE))
        .stream();
  }
}
