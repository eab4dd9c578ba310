package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class OutOfZoneTest {
  private static final String RULE = "out-of-zone";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new OutOfZone())
        .valid("clean apex", APEX)
        .valid("absolute owner in upper case", APEX + "WWW.Example.COM. A 192.0.2.10\n")
        .valid(
            "relative names under a deeper $ORIGIN",
            APEX + "$ORIGIN lab.example.com.\nhost A 192.0.2.10\n@ TXT \"lab\"\n")
        .valid(
            "a forgotten trailing dot stays inside the zone",
            APEX + "www.example.com A 192.0.2.10\n")
        .valid("targets outside the zone are fine", APEX + "www CNAME web.example.org.\n")
        .valid("wildcard", APEX + "* MX 10 mail.example.net.\n")
        .invalid(
            "another domain's record", APEX + "www.example.org. A 192.0.2.10\n", expect(8, 1, RULE))
        .invalid(
            "a suffix match is not a subdomain",
            APEX + "notexample.com. A 192.0.2.10\n",
            expect(8, RULE))
        .invalid("the parent domain", APEX + "com. TXT \"x\"\n", expect(8, RULE))
        .invalid(
            "$ORIGIN moved elsewhere, every record and a blank owner",
            APEX
                + """
                $ORIGIN example.net.
                www A 192.0.2.10
                    AAAA 2001:db8::10
                """,
            expect(9, RULE),
            expect(10, 5, RULE))
        .invalid(
            "an out-of-zone soa is reported here",
            APEX + "example.org. SOA ns1.example.org. h.example.org. 1 7200 3600 1209600 3600\n",
            expect(8, RULE))
        .invalid(
            "an alias pseudo-record outside the zone",
            APEX + "shop.example.org. ALIAS lb.example.net.\n",
            expect(8, RULE))
        .stream();
  }
}
