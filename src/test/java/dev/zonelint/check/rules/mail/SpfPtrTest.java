package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SpfPtrTest {
  private static final String RULE = "spf-ptr";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SpfPtr())
        .valid("no ptr", APEX + "@ TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n")
        .valid("ptr inside a domain name", APEX + "@ TXT \"v=spf1 a:ptr.example.com -all\"\n")
        .valid(
            "the p macro is not the mechanism",
            APEX + "@ TXT \"v=spf1 exists:%{p}.x.example -all\"\n")
        .valid(
            "a record that does not parse is spf-syntax's",
            APEX + "@ TXT \"v=spf1 ptr ip4:1.2.3 -all\"\n")
        .valid("SPF record type", APEX + "@ SPF \"v=spf1 ptr -all\"\n")
        .invalid("bare ptr", APEX + "@ TXT \"v=spf1 ptr -all\"\n", expect(8, RULE))
        .invalid(
            "qualified ptr with a domain, upper case",
            APEX + "mail TXT \"v=spf1 ?PTR:example.net -all\"\n",
            expect(8, RULE))
        .invalid(
            "two ptr terms give one diagnostic",
            APEX + "@ TXT \"v=spf1 ptr ptr:example.net -all\"\n",
            expect(8, RULE))
        .invalid(
            "ptr after all still published",
            APEX + "@ MX 10 mail.example.net.\n  TXT \"v=spf1 -all ptr\"\n",
            expect(9, 3, RULE))
        .stream();
  }
}
