package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class NoMailPostureTest {
  private static final String RULE = "no-mail-posture";
  private static final String PARKED =
      "@ MX 0 .\n@ TXT \"v=spf1 -all\"\n_dmarc TXT \"v=DMARC1; p=reject;\"\n";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NoMailPosture())
        .valid("parked apex with the full posture", APEX + PARKED)
        .valid(
            "subdomain inherits p=reject from the apex (no sp=)",
            APEX + "old MX 0 .\nold TXT \"v=spf1  -ALL\"\n_dmarc TXT \"v=DMARC1; p=reject\"\n")
        .valid(
            "subdomain inherits sp=reject",
            APEX
                + "old MX 0 .\nold TXT \"v=spf1 -all\"\n"
                + "_dmarc TXT \"v=DMARC1; p=none; sp=reject\"\n")
        .valid(
            "own DMARC record overrides the apex sp=none, after $ORIGIN",
            APEX
                + "_dmarc TXT \"v=DMARC1; p=none; sp=none\"\n"
                + "$ORIGIN old.example.com.\n"
                + "@ MX 0 .\n@ TXT \"v=spf1 -all\"\n_dmarc TXT \"v=DMARC1; p=reject\"\n")
        .valid(
            "_dmarc CNAME to a provider is assumed right",
            APEX + "@ MX 0 .\n@ TXT \"v=spf1 -all\"\n_dmarc CNAME _dmarc.provider.example.\n")
        .valid("ordinary MX", APEX + "@ MX 10 mx.example.net.\n")
        .valid(
            "null MX mixed with a real one is null-mx-mixed's",
            APEX + "@ MX 0 .\n@ MX 10 mx.example.net.\n")
        .valid(
            "below a delegation the data is occluded",
            APEX + "sub NS ns.example.net.\nsub MX 0 .\n")
        .invalid("null MX alone", APEX + "@ MX 0 .\n", expect(8, 1, RULE))
        .invalid(
            "SPF fine, no DMARC",
            APEX + "parked MX 0 .\nparked TXT \"v=spf1 -all\"\n",
            expect(8, RULE))
        .invalid(
            "SPF soft-fails",
            APEX + "@ MX 0 .\n@ TXT \"v=spf1 ~all\"\n_dmarc TXT \"v=DMARC1; p=reject\"\n",
            expect(8, RULE))
        .invalid(
            "apex sp=none leaves the subdomain open",
            APEX
                + "old MX 0 .\nold TXT \"v=spf1 -all\"\n"
                + "_dmarc TXT \"v=DMARC1; p=reject; sp=none\"\n",
            expect(8, RULE))
        .invalid(
            "reject for only half the mail",
            APEX + "@ MX 0 .\n@ TXT \"v=spf1 -all\"\n_dmarc TXT \"v=DMARC1; p=reject; pct=50\"\n",
            expect(8, RULE))
        .invalid(
            "own record quarantines, blank owner null MX",
            APEX
                + "old TXT \"v=spf1 -all\"\n    MX 0 .\n"
                + "_dmarc.old TXT \"v=DMARC1; p=quarantine\"\n"
                + "_dmarc TXT \"v=DMARC1; p=reject\"\n",
            expect(9, 5, RULE))
        .invalid("wildcard null MX", APEX + "*.old MX 0 .\n", expect(8, RULE))
        .stream();
  }

  @Test
  void messageSaysWhatIsMissing() {
    String both = MailTesting.run(new NoMailPosture(), APEX + "@ MX 0 .\n").get(0).message();
    assertTrue(both.contains("no SPF record, and no DMARC policy applies to it"), both);
    String sp =
        MailTesting.run(
                new NoMailPosture(),
                APEX
                    + "old MX 0 .\nold TXT \"v=spf1 -all\"\n_dmarc TXT \"v=DMARC1; p=reject; sp=none\"\n")
            .get(0)
            .message();
    assertTrue(
        sp.contains("the DMARC record at '_dmarc.example.com.' has sp=none, not reject"), sp);
    String p =
        MailTesting.run(
                new NoMailPosture(),
                APEX + "old MX 0 .\nold TXT \"v=spf1 mx -all\"\n_dmarc TXT \"v=DMARC1; p=none\"\n")
            .get(0)
            .message();
    assertTrue(p.contains("the SPF record 'v=spf1 mx -all' is not \"v=spf1 -all\""), p);
    assertTrue(p.contains("has no sp= and p=none, not reject"), p);
    MailTesting.assertSeverities(new NoMailPosture(), APEX + "@ MX 0 .\n", "8 INFO");
  }
}
