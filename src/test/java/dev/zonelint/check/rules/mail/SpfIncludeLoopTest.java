package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SpfIncludeLoopTest {
  private static final String RULE = "spf-include-loop";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SpfIncludeLoop())
        .valid(
            "a chain that ends",
            APEX
                + """
                @ TXT "v=spf1 include:_a.example.com -all"
                _a TXT "v=spf1 include:_b.example.com -all"
                _b TXT "v=spf1 ip4:192.0.2.0/24 -all"
                """)
        .valid(
            "an include after all is never evaluated",
            APEX + "@ TXT \"v=spf1 -all include:example.com\"\n")
        .valid(
            "a redirect beside all is ignored",
            APEX + "@ TXT \"v=spf1 redirect=example.com -all\"\n")
        .valid(
            "a name below a delegation is not this zone's",
            APEX
                + """
                sub NS ns.example.net.
                @ TXT "v=spf1 include:sub.example.com -all"
                sub TXT "v=spf1 include:example.com -all"
                """)
        .valid(
            "two domains outside the zone",
            APEX + "@ TXT \"v=spf1 include:example.net include:example.org -all\"\n")
        .invalid(
            "a record that includes itself",
            APEX + "@ TXT \"v=spf1 include:example.com -all\"\n",
            expect(8, 1, RULE))
        .invalid(
            "a loop of two, reported once on its first name in canonical order",
            APEX
                + """
                _b TXT "v=spf1 include:_a.example.com -all"
                _a TXT "v=spf1 include:_b.example.com -all"
                """,
            expect(9, RULE))
        .invalid(
            "a loop of three through a redirect, names in mixed case",
            APEX
                + """
                a TXT "v=spf1 include:B.example.com -all"
                b TXT "v=spf1 redirect=c.example.com"
                c TXT "v=spf1 include:A.EXAMPLE.COM -all"
                """,
            expect(8, RULE))
        .invalid(
            "a loop through a wildcard, blank owner",
            APEX
                + """
                @ MX 10 mail.example.net.
                  TXT "v=spf1 include:x.loop.example.com -all"
                *.loop TXT "v=spf1 include:example.com -all"
                """,
            expect(9, 3, RULE))
        .invalid(
            "two separate loops",
            APEX
                + """
                one TXT "v=spf1 include:one.example.com -all"
                two TXT "v=spf1 redirect=two.example.com"
                """,
            expect(8, RULE),
            expect(9, RULE))
        .stream();
  }
}
