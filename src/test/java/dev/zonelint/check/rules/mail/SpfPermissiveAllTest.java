package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SpfPermissiveAllTest {
  private static final String RULE = "spf-permissive-all";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SpfPermissiveAll())
        .valid("fail", APEX + "@ TXT \"v=spf1 mx -all\"\n")
        .valid("soft fail", APEX + "@ TXT \"v=spf1 mx ~all\"\n")
        .valid("redirect gives the verdict", APEX + "@ TXT \"v=spf1 redirect=_spf.google.com\"\n")
        .valid(
            "include-only targets may leave the verdict to the includer",
            APEX
                + """
                @ TXT "v=spf1 include:_spf.example.com include:_spf2.example.com -all"
                _spf TXT "v=spf1 ip4:192.0.2.0/24"
                _spf2 TXT "v=spf1 ip4:198.51.100.0/24 ?all"
                """)
        .valid(
            "included through a wildcard, name written in upper case",
            APEX
                + """
                @ TXT "v=spf1 include:X.Senders.Example.Com -all"
                *.senders TXT "v=spf1 ip4:192.0.2.0/24"
                """)
        .valid("a record that does not parse is spf-syntax's", APEX + "@ TXT \"v=spf1 -al\"\n")
        .valid("the first all decides", APEX + "@ TXT \"v=spf1 -all +all\"\n")
        .invalid("+all", APEX + "@ TXT \"v=spf1 mx +all\"\n", expect(8, RULE))
        .invalid("bare all is +all", APEX + "@ TXT \"v=spf1 all\"\n", expect(8, RULE))
        .invalid("?all", APEX + "mail TXT \"v=spf1 a ?all\"\n", expect(8, RULE))
        .invalid(
            "neither all nor redirect, blank owner",
            APEX + "@ MX 10 mail.example.net.\n  TXT \"v=spf1 mx\"\n",
            expect(9, 3, RULE))
        .invalid(
            "+all in an include target passes every includer",
            APEX
                + """
                @ TXT "v=spf1 include:_spf.example.com -all"
                _spf TXT "v=spf1 +all"
                """,
            expect(9, RULE))
        .invalid(
            "a redirect beside ?all is ignored",
            APEX + "@ TXT \"v=spf1 redirect=_spf.google.com ?all\"\n",
            expect(8, RULE))
        .invalid(
            "an include from outside the zone does not exempt",
            APEX + "shop TXT \"v=spf1 ip4:192.0.2.1\"\n",
            expect(8, RULE))
        .stream();
  }
}
