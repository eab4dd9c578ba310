package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class InvalidHostnameTest {
  private static final String RULE = "invalid-hostname";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new InvalidHostname())
        .valid("clean apex", APEX)
        .valid(
            "wildcard owner, digit-first and punycode labels, upper case",
            APEX
                + """
                *.w A 192.0.2.10
                1host AAAA 2001:db8::1
                xn--bcher-kva A 192.0.2.11
                MAIL-01 A 192.0.2.25
                """)
        .valid(
            "underscore names on types that are not hosts",
            APEX
                + """
                _dmarc TXT "v=DMARC1; p=none"
                _sip._tcp SRV 0 5 5060 sip
                sip A 192.0.2.60
                s1._domainkey CNAME s1.domainkey.example.net.
                """)
        .valid("null mx", APEX + "@ MX 0 .\n")
        .valid(
            "BIND's exceptions: spf exists targets and active directory (good-spf-exception.db)",
            APEX
                + """
                a._spf A 192.0.2.2
                a._spf_rate A 192.0.2.2
                1.2.0.192._SPF_VERIFY AAAA 2001:db8::2
                gc._msdcs A 192.0.2.3
                """)
        .valid(
            "delegation to out-of-zone servers, glue host below the cut",
            APEX + "sub NS ns-1.example.net.\nsub NS ns2.sub\nns2.sub A 192.0.2.53\n")
        .valid("alias at a host name", APEX + "shop ALIAS lb.example.net.\n")
        .invalid(
            "underscore in an a owner (BIND checknames warn.example.db)",
            APEX + "xx_xx A 10.53.0.1\n",
            expect(8, 1, RULE))
        .invalid(
            "mx owner and target in one finding",
            APEX + "mx_host MX 10 _mail.example.net.\n",
            expect(8, RULE))
        .invalid(
            "ns target with an underscore, blank owner",
            APEX + "sub NS ns.example.net.\n    NS ns_2.example.net.\n",
            expect(9, 5, RULE))
        .invalid(
            "leading and trailing hyphens",
            APEX + "-bad A 192.0.2.1\nbad- AAAA 2001:db8::1\n",
            expect(8, RULE),
            expect(9, RULE))
        .invalid(
            "non-terminal wildcard owner and wildcard mx target",
            APEX + "x.*.w A 192.0.2.1\n@ MX 10 *.example.net.\n",
            expect(8, RULE),
            expect(9, RULE))
        .invalid(
            "escaped bytes and an apex mx under an underscore $ORIGIN",
            APEX
                + """
                caf\\195\\169 A 192.0.2.1
                $ORIGIN _lab.example.com.
                @ MX 10 mail.example.com.
                """,
            expect(8, RULE),
            expect(10, RULE))
        .invalid(
            "the spf exception covers addresses only, not mx",
            APEX + "a._spf MX 10 mail.example.net.\nx._msdcs A 192.0.2.3\n",
            expect(8, RULE),
            expect(9, RULE))
        .invalid(
            "alias pseudo-record at an underscore name",
            APEX + "_shop ALIAS lb.example.net.\n",
            expect(8, RULE))
        .stream();
  }
}
