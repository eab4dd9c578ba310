package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import dev.zonelint.provider.Provider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class CnameAndOtherDataTest {
  private static final String RULE = "cname-and-other-data";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new CnameAndOtherData())
        .valid("cname alone", APEX + "www CNAME web.example.net.\n")
        .valid(
            "cname with its rrsig and nsec",
            APEX
                + """
                www CNAME web.example.net.
                www RRSIG CNAME 13 3 3600 20300101000000 20200101000000 1 example.com. AAAA
                www NSEC zz.example.com. CNAME RRSIG NSEC
                """)
        .valid(
            "dkim selector delegated to an esp",
            APEX + "s1._domainkey CNAME s1.domainkey.u123.wl.sendgrid.net.\n")
        .valid("other data at the apex is cname-at-apex's job", APEX + "@ CNAME lb.example.net.\n")
        .invalid(
            "spf txt beside a cloudfront cname",
            APEX
                + """
                staging CNAME d111111abcdef8.cloudfront.net.
                staging TXT "v=spf1 -all"
                staging MX 0 .
                """,
            expect(9, 1, RULE),
            expect(10, 1, RULE))
        .invalid(
            "verification token beside a return-path cname",
            APEX
                + """
                bounce TXT "google-site-verification=abc"
                bounce CNAME pm.mtasv.net.
                """,
            expect(8, RULE))
        .invalid(
            "address beside a cname, blank owner",
            APEX + "www CNAME web.example.net.\n    A 192.0.2.7\n",
            expect(9, 5, RULE))
        .invalid(
            "alias pseudo-record beside a cname",
            APEX + "shop CNAME shops.example.net.\nshop ALIAS lb.example.net.\n",
            expect(9, RULE))
        .stream();
  }

  @TestFactory
  Stream<DynamicTest> flatteningProviders() {
    String apexMail =
        APEX
            + """
            @ CNAME lb.example.net.
            @ MX 10 mx.example.net.
            @ TXT "v=spf1 mx -all"
            @ CAA 0 issue "letsencrypt.org"
            """;
    String wwwMail = APEX + "www CNAME lb.example.net.\nwww MX 10 mx.example.net.\n";
    return Stream.of(
            RuleTester.of(new CnameAndOtherData())
                .provider(Provider.CLOUDFLARE)
                .valid("mx, txt and caa beside a flattened apex cname", apexMail)
                .invalid(
                    "address records beside a flattened apex cname",
                    APEX + "@ CNAME lb.example.net.\n@ A 192.0.2.9\n@ AAAA 2001:db8::9\n",
                    expect(9, RULE),
                    expect(10, RULE))
                .invalid("below the apex cloudflare does not flatten", wwwMail, expect(9, RULE)),
            RuleTester.of(new CnameAndOtherData())
                .provider(Provider.CLOUDFLARE_FLATTEN_ALL)
                .valid("flatten-all: mx beside a cname below the apex", wwwMail)
                .invalid(
                    "flatten-all: alias beside a cname",
                    APEX + "www CNAME lb.example.net.\nwww ALIAS other.example.net.\n",
                    expect(9, RULE)),
            RuleTester.of(new CnameAndOtherData())
                .valid("bind leaves the apex to cname-at-apex", apexMail)
                .invalid("bind below the apex", wwwMail, expect(9, RULE)))
        .flatMap(RuleTester::stream);
  }
}
