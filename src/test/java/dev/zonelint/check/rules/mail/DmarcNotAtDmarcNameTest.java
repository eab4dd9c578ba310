package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DmarcNotAtDmarcNameTest {
  private static final String RULE = "dmarc-not-at-dmarc-name";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DmarcNotAtDmarcName())
        .valid("at _dmarc", APEX + "_dmarc TXT \"v=DMARC1; p=reject\"\n")
        .valid("at an upper-case subdomain _dmarc", APEX + "_DMARC.shop TXT \"v=DMARC1; p=none\"\n")
        .valid(
            "external report authorization (RFC 7489 §7.1)",
            APEX + "example.org._report._dmarc TXT \"v=DMARC1\"\n")
        .valid(
            "wildcard report authorization", APEX + "*._report._dmarc.reports TXT \"v=DMARC1;\"\n")
        .valid("SPF at the apex", APEX + "@ TXT \"v=spf1 -all\"\n")
        .valid("text that only mentions DMARC1", APEX + "@ TXT \"policy is v=DMARC1 soon\"\n")
        .valid(
            "below a delegation the data is occluded",
            APEX + "sub NS ns.example.net.\nsub TXT \"v=DMARC1; p=reject\"\n")
        .invalid("at the apex", APEX + "@ TXT \"v=DMARC1; p=reject\"\n", expect(8, 1, RULE))
        .invalid(
            "at dmarc without underscore",
            APEX + "dmarc TXT \"v=DMARC1; p=none\"\n",
            expect(8, RULE))
        .invalid(
            "lower-case version at a host, blank owner",
            APEX + "www A 192.0.2.80\n    TXT \"v=dmarc1; p=reject\"\n",
            expect(9, 5, RULE))
        .invalid(
            "after $ORIGIN with an absolute owner",
            APEX + "$ORIGIN shop.example.com.\nshop.example.com. TXT \"v=DMARC1; p=none\"\n",
            expect(9, RULE))
        .invalid(
            "at _domainkey by mistake",
            APEX + "_domainkey TXT \"v=DMARC1; p=none\"\n",
            expect(8, RULE))
        .stream();
  }

  @Test
  void suggestsTheIntendedName() {
    List<Diagnostic> d =
        MailTesting.run(new DmarcNotAtDmarcName(), APEX + "dmarc.shop TXT \"v=DMARC1; p=none\"\n");
    assertTrue(d.get(0).help().contains("'_dmarc.shop.example.com.'"), d.get(0).help());
    d = MailTesting.run(new DmarcNotAtDmarcName(), APEX + "@ TXT \"v=DMARC1; p=none\"\n");
    assertTrue(d.get(0).help().contains("'_dmarc.example.com.'"), d.get(0).help());
  }
}
