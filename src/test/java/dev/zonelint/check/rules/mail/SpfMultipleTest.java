package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SpfMultipleTest {
  private static final String RULE = "spf-multiple";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SpfMultiple())
        .valid(
            "one policy beside other TXT",
            APEX
                + """
                @ TXT "v=spf1 include:_spf.google.com -all"
                @ TXT "google-site-verification=abc"
                @ TXT "v=spf10 ignored"
                """)
        .valid(
            "an exact copy is duplicate-record's",
            APEX + "@ TXT \"v=spf1 -all\"\n@ TXT \"v=spf1 -all\"\n")
        .valid(
            "policies at different names and a wildcard",
            APEX + "@ TXT \"v=spf1 -all\"\nmail TXT \"v=spf1 a -all\"\n* TXT \"v=spf1 -all\"\n")
        .valid(
            "a TXT and an SPF-type record are one policy each type",
            APEX + "@ TXT \"v=spf1 -all\"\n@ SPF \"v=spf1 mx -all\"\n")
        .invalid(
            "two providers' records at the apex",
            APEX
                + """
                @ TXT "v=spf1 include:_spf.google.com -all"
                @ TXT "v=spf1 include:sendgrid.net -all"
                """,
            expect(8, 1, RULE))
        .invalid(
            "three at one name, blank owners, reported once on the first",
            APEX
                + """
                mail A 192.0.2.10
                     TXT "v=spf1 a -all"
                     TXT "v=spf1 mx -all"
                     TXT "v=spf1 ip4:192.0.2.10 -all"
                """,
            expect(9, 6, RULE))
        .invalid(
            "case differences are different records",
            APEX + "@ TXT \"v=spf1 -all\"\n@ TXT \"V=SPF1 -all\"\n",
            expect(8, RULE))
        .invalid(
            "relative and absolute owners are one name",
            APEX + "news TXT \"v=spf1 mx -all\"\nNEWS.example.com. TXT \"v=spf1 a -all\"\n",
            expect(8, RULE))
        .stream();
  }
}
