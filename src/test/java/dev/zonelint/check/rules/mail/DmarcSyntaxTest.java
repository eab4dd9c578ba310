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

class DmarcSyntaxTest {
  private static final String RULE = "dmarc-syntax";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DmarcSyntax())
        .valid(
            "clean record",
            APEX + "_dmarc TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@example.com\"\n")
        .valid(
            "record split into several strings",
            APEX + "_dmarc TXT \"v=DMARC1; p=quarantine; \" \"rua=mailto:dmarc@example.com\"\n")
        .valid("upper-case absolute owner", APEX + "_DMARC.example.com. TXT \"v=DMARC1;p=none\"\n")
        .valid(
            "subdomain record after $ORIGIN",
            APEX + "$ORIGIN shop.example.com.\n_dmarc TXT \"v=DMARC1; p=reject; sp=none\"\n")
        .valid(
            "other TXT at _dmarc is not DMARC",
            APEX + "_dmarc TXT \"google-site-verification=abc\"\n")
        .valid("_dmarc delegated by CNAME", APEX + "_dmarc CNAME _dmarc.dmarc-provider.example.\n")
        .valid(
            "bad record below a delegation is occluded",
            APEX + "sub NS ns.example.net.\n_dmarc.sub TXT \"v=DMARC1; p=bogus\"\n")
        .valid(
            "DMARC text at a name that is not _dmarc is another rule's",
            APEX + "@ TXT \"v=DMARC1; p=bogus\"\n")
        .valid("report authorization", APEX + "example.org._report._dmarc TXT \"v=DMARC1\"\n")
        .invalid(
            "the peers' dmarc_syntax case gives one finding per bad tag",
            APEX + "_dmarc TXT \"v=DMARC1; p=bogus; pct=200; rua=foo@example.com\"\n",
            expect(8, 1, RULE),
            expect(8, 1, RULE),
            expect(8, 1, RULE))
        .invalid(
            "no policy",
            APEX + "_dmarc TXT \"v=DMARC1; rua=mailto:dmarc@example.com\"\n",
            expect(8, RULE))
        .invalid("version not first", APEX + "_dmarc TXT \"p=reject; v=DMARC1\"\n", expect(8, RULE))
        .invalid(
            "lower-case version", APEX + "_dmarc TXT \"v=dmarc1; p=reject\"\n", expect(8, RULE))
        .invalid(
            "second record with a blank owner",
            APEX + "_dmarc TXT \"v=DMARC1; p=none\"\n       TXT \"v=DMARC1; p=nonne\"\n",
            expect(9, 8, RULE))
        .invalid(
            "subdomain record in another case, duplicate tag",
            APEX + "_Dmarc.Shop TXT \"v=DMARC1; p=reject; p=none\"\n",
            expect(8, RULE))
        .invalid(
            "unknown tag is reported (as a warning)",
            APEX + "_dmarc TXT \"v=DMARC1; p=reject; rue=mailto:d@example.com\"\n",
            expect(8, RULE))
        .stream();
  }

  @Test
  void unknownTagsAreWarningsAndBadValuesErrors() {
    MailTesting.assertSeverities(
        new DmarcSyntax(),
        APEX
            + "_dmarc TXT \"v=DMARC1; p=reject; foo=bar\"\n"
            + "_dmarc.a TXT \"v=DMARC1; p=reject; rua=https://r.example.net/\"\n"
            + "_dmarc.b TXT \"v=DMARC1; p=bogus\"\n",
        "8 WARNING",
        "9 WARNING",
        "10 ERROR");
  }

  @Test
  void messageNamesTheTagItsPositionAndTheConsequence() {
    List<Diagnostic> d =
        MailTesting.run(new DmarcSyntax(), APEX + "_dmarc TXT \"v=DMARC1; p=bogus\"\n");
    String m = d.get(0).message();
    assertTrue(m.startsWith("'p=bogus' is not a policy"), m);
    assertTrue(m.contains("receivers apply no DMARC policy"), m);
    assertTrue(m.endsWith("(character 11 of the TXT text)"), m);
    assertTrue(d.get(0).help().contains("rua=mailto:dmarc-reports@example.com"), d.get(0).help());
  }
}
