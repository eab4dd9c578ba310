package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import dev.zonelint.provider.Provider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class CnameAtApexTest {
  private static final String RULE = "cname-at-apex";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new CnameAtApex())
        .valid("cname below the apex", APEX + "www CNAME lb.example.net.\n")
        .valid("alias pseudo-record at the apex", APEX + "@ ALIAS lb.example.net.\n")
        .valid("route 53 alias at the apex", APEX + "@ 300 AWS ALIAS A lb.example.net. Z1 false\n")
        .valid("cname pointing at the apex", APEX + "www CNAME @\n")
        .valid("wildcard cname", APEX + "* CNAME lb.example.net.\n")
        .valid(
            "@ after an $ORIGIN change is not the zone apex",
            APEX + "$ORIGIN shop.example.com.\n@ CNAME shops.myshopify.com.\n")
        .valid("empty zone apex", "$TTL 3600\nwww CNAME lb.example.net.\n")
        .invalid("cname at @", APEX + "@ CNAME lb.example.net.\n", expect(8, 1, RULE))
        .invalid(
            "absolute owner in upper case",
            APEX + "EXAMPLE.COM. CNAME lb.example.net.\n",
            expect(8, 1, RULE))
        .invalid(
            "blank owner continuing the apex",
            APEX + "@ MX 10 mail.example.net.\n    CNAME lb.example.net.\n",
            expect(9, 5, RULE))
        .invalid(
            "two cnames at the apex are reported once",
            APEX + "@ CNAME a.example.net.\n@ CNAME b.example.net.\n",
            expect(8, RULE))
        .invalid(
            "zone with nothing else at the apex",
            "$TTL 3600\n@ CNAME lb.example.net.\n",
            expect(2, RULE))
        .invalid(
            "$ORIGIN set back to the apex",
            APEX
                + """
                $ORIGIN shop.example.com.
                www A 192.0.2.1
                $ORIGIN example.com.
                @ CNAME lb.example.net.
                """,
            expect(11, RULE))
        .invalid(
            "bind's @ CNAME @",
            """
            $TTL 600
            @ SOA ns hostmaster 2011012708 3600 1200 604800 1200
              NS ns
            ns A 192.0.2.1
            @ CNAME @
            """,
            expect(5, RULE))
        .stream();
  }

  @TestFactory
  Stream<DynamicTest> providers() {
    String apexCname = APEX + "@ CNAME lb.example.net.\n";
    return Stream.of(
            RuleTester.of(new CnameAtApex())
                .provider(Provider.CLOUDFLARE)
                .valid("cloudflare flattens the apex cname", apexCname),
            RuleTester.of(new CnameAtApex())
                .provider(Provider.CLOUDFLARE_FLATTEN_ALL)
                .valid("cloudflare-flatten-all flattens it too", apexCname),
            RuleTester.of(new CnameAtApex())
                .provider(Provider.ROUTE53)
                .invalid("route53 does not", apexCname, expect(8, RULE)),
            RuleTester.of(new CnameAtApex())
                .provider(Provider.POWERDNS)
                .invalid("powerdns does not", apexCname, expect(8, RULE)))
        .flatMap(RuleTester::stream);
  }
}
