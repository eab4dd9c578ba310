package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

class SpfSyntaxTest {
  private static final String RULE = "spf-syntax";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SpfSyntax())
        .valid(
            "apex policy with includes and ranges",
            APEX
                + "@ TXT \"v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.google.com -all\"\n")
        .valid(
            "strings joined without spaces",
            APEX + "@ TXT \"v=spf1 ip4:192.0.2.0/24 inc\" \"lude:_spf.google.com -all\"\n")
        .valid(
            "not SPF: verification token, v=spf10, spf2.0, leading space",
            APEX
                + """
                @ TXT "google-site-verification=abc"
                a TXT "v=spf10 ip4:300.1.1.1"
                b TXT "spf2.0/pra ip4:300.1.1.1"
                c TXT " v=spf1 ip4:300.1.1.1"
                """)
        .valid(
            "macros and unknown modifiers",
            APEX + "_spf TXT \"v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all exp=why.%{d} x=1\"\n")
        .valid("upper case", APEX + "@ TXT \"V=SPF1 IP4:192.0.2.1 MX -ALL\"\n")
        .valid("version alone", APEX + "* TXT \"v=spf1\"\n")
        .valid("the SPF record type is spf-rr-type's", APEX + "@ SPF \"v=spf1 ip4:300.1.1.1\"\n")
        .invalid(
            "bad address", APEX + "@ TXT \"v=spf1 ip4:192.0.2.300 -all\"\n", expect(8, 1, RULE))
        .invalid(
            "bad term split across strings, blank owner",
            APEX + "@ MX 10 mail.example.net.\n  TXT \"v=spf1 ip4:192.0.\" \"2.300 -all\"\n",
            expect(9, 3, RULE))
        .invalid(
            "one diagnostic for a record with several bad terms",
            APEX + "mail TXT \"v=spf1 inclde:x.example -al ptr/24\"\n",
            expect(8, RULE))
        .invalid(
            "each bad record of a name",
            APEX
                + """
                @ TXT "v=spf1 include: -all"
                @ TXT "v=spf1 redirect=a.example.net redirect=b.example.net"
                """,
            expect(8, RULE),
            expect(9, RULE))
        .invalid(
            "include written as a modifier is silently ignored",
            APEX + "@ TXT \"v=spf1 mx include=_spf.google.com -all\"\n",
            expect(8, RULE))
        .invalid(
            "two policies merged into one string",
            APEX + "@ TXT \"v=spf1 mx -all v=spf1 include:_spf.google.com -all\"\n",
            expect(8, RULE))
        .invalid(
            "after an $ORIGIN change, below a delegation",
            APEX
                + """
                sub NS ns.example.net.
                $ORIGIN sub.example.com.
                @ TXT "v=spf1 exists:%{c}.example.com -all"
                """,
            expect(10, RULE))
        .stream();
  }

  @Test
  void theMessageNamesTheTermAndItsColumn() {
    List<Diagnostic> found =
        RuleTester.run(
            new SpfSyntax(),
            Name.fromConstantString("example.com."),
            CheckOptions.DEFAULTS,
            APEX + "@ TXT \"v=spf1 mx ip4:192.0.2.0/24 ip4:192.0.2.300 inclde:x.example -all\"\n");
    assertEquals(1, found.size());
    String message = found.get(0).message();
    assertTrue(message.contains("'ip4:192.0.2.300' at column 28"), message);
    assertTrue(message.contains("'inclde:x.example' at column 44"), message);
    assertTrue(found.get(0).help().contains("permerror"), found.get(0).help());
  }
}
