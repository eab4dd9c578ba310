package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MissingSoaTest {
  private static final String RULE = "missing-soa";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MissingSoa())
        .valid("clean apex", APEX)
        .valid(
            "soa in parentheses with absolute owner",
            """
            $TTL 3600
            example.com. IN SOA ns1.example.com. hostmaster.example.com. (
                2024010101 ; serial
                7200 3600 1209600 3600 )
                NS ns1.example.com.
            """)
        .valid(
            "soa after other records",
            """
            $ORIGIN example.com.
            $TTL 3600
            www A 192.0.2.10
            @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
            """)
        .valid(
            "soa below the apex is soa-not-at-apex's job",
            """
            $ORIGIN example.com.
            $TTL 3600
            sub SOA ns1 hostmaster 1 7200 3600 1209600 3600
            """)
        .valid(
            "upper-case apex",
            """
            $TTL 3600
            EXAMPLE.COM. SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
            """)
        .invalid("empty file", "", expect(1, 1, RULE))
        .invalid("comments only", "; nothing here yet\n\n", expect(1, 1, RULE))
        .invalid(
            "first record in file order, not canonical order",
            """
            $ORIGIN example.com.
            $TTL 3600
            www A 192.0.2.10
            @   NS ns1
            ns1 A 192.0.2.1
            """,
            expect(3, 1, RULE))
        .invalid(
            "fragment with a blank owner after $ORIGIN",
            """
            $TTL 3600
            $ORIGIN sub.example.com.
            host A 192.0.2.10
                 AAAA 2001:db8::10
            """,
            expect(3, 1, RULE))
        .invalid(
            "an alias pseudo-record is not an soa",
            """
            $ORIGIN example.com.
            $TTL 3600
            @ ALIAS lb.example.net.
            """,
            expect(3, RULE))
        .stream();
  }
}
