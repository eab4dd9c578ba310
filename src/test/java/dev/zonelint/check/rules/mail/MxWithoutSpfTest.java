package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MxWithoutSpfTest {
  private static final String RULE = "mx-without-spf";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MxWithoutSpf())
        .valid(
            "MX and SPF at the apex", APEX + "@ MX 10 mx.example.net.\n@ TXT \"v=spf1 mx -all\"\n")
        .valid(
            "SPF split into strings, upper case",
            APEX
                + "shop MX 10 mx.example.net.\nshop TXT \"V=SPF1 \" \"include:_spf.example.net -all\"\n")
        .valid("null MX is no-mail-posture's", APEX + "parked MX 0 .\n")
        .valid(
            "null MX mixed with a real one is null-mx-mixed's",
            APEX + "@ MX 0 .\n@ MX 10 mx.example.net.\n")
        .valid(
            "MX beside a CNAME is another rule's",
            APEX + "www CNAME web.example.net.\nwww MX 10 mx.example.net.\n")
        .valid(
            "below a delegation the data is occluded",
            APEX + "sub NS ns.example.net.\nsub MX 10 mx.example.net.\n")
        .valid(
            "wildcard MX with wildcard SPF",
            APEX + "*.users MX 10 mx.example.net.\n*.users TXT \"v=spf1 -all\"\n")
        .valid("SPF without MX", APEX + "@ TXT \"v=spf1 -all\"\n")
        .invalid("MX alone at the apex", APEX + "@ MX 10 mx.example.net.\n", expect(8, 1, RULE))
        .invalid(
            "only a verification TXT, blank owner MX",
            APEX + "shop TXT \"google-site-verification=abc\"\n     MX 10 mx.example.net.\n",
            expect(9, 6, RULE))
        .invalid(
            "SPF in an SPF-type record only: receivers look at TXT",
            APEX + "@ MX 10 mx.example.net.\n@ SPF \"v=spf1 -all\"\n",
            expect(8, RULE))
        .invalid(
            "v=spf10 is not SPF",
            APEX + "@ MX 10 mx.example.net.\n@ TXT \"v=spf10 -all\"\n",
            expect(8, RULE))
        .invalid(
            "SPF at another name, two MX: reported once on the first",
            APEX
                + "$ORIGIN shop.example.com.\n"
                + "@ MX 20 mx2.example.net.\n"
                + "@ MX 10 mx1.example.net.\n"
                + "www TXT \"v=spf1 -all\"\n",
            expect(9, RULE))
        .invalid("wildcard MX", APEX + "*.users MX 10 mx.example.net.\n", expect(8, RULE))
        .stream();
  }

  @Test
  void isInfo() {
    MailTesting.assertSeverities(new MxWithoutSpf(), APEX + "@ MX 10 mx.example.net.\n", "8 INFO");
  }
}
