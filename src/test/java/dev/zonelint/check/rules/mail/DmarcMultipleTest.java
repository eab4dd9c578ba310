package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DmarcMultipleTest {
  private static final String RULE = "dmarc-multiple";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DmarcMultiple())
        .valid("one record", APEX + "_dmarc TXT \"v=DMARC1; p=reject\"\n")
        .valid(
            "one DMARC record beside another TXT",
            APEX + "_dmarc TXT \"v=DMARC1; p=reject\"\n_dmarc TXT \"some-verification=1\"\n")
        .valid(
            "a lower-case version is discarded by receivers, so only one counts",
            APEX + "_dmarc TXT \"v=DMARC1; p=reject\"\n_dmarc TXT \"v=dmarc1; p=none\"\n")
        .valid(
            "records at different _dmarc names",
            APEX + "_dmarc TXT \"v=DMARC1; p=reject\"\n_dmarc.shop TXT \"v=DMARC1; p=none\"\n")
        .valid(
            "two records below a delegation are occluded",
            APEX
                + "sub NS ns.example.net.\n"
                + "_dmarc.sub TXT \"v=DMARC1; p=reject\"\n"
                + "_dmarc.sub TXT \"v=DMARC1; p=none\"\n")
        .valid(
            "two DMARC texts at a name that is not _dmarc",
            APEX + "@ TXT \"v=DMARC1; p=reject\"\n@ TXT \"v=DMARC1; p=none\"\n")
        .invalid(
            "two records, reported on the first",
            APEX + "_dmarc TXT \"v=DMARC1; p=reject\"\n_dmarc TXT \"v=DMARC1; p=none\"\n",
            expect(8, 1, RULE))
        .invalid(
            "three records, one finding",
            APEX
                + "_dmarc TXT \"v=DMARC1; p=reject\"\n"
                + "       TXT \"v=DMARC1; p=none\"\n"
                + "       TXT \"v=DMARC1; p=quarantine\"\n",
            expect(8, RULE))
        .invalid(
            "records far apart, owners in different case and form",
            APEX
                + "_DMARC TXT \"v = DMARC1; p=none\"\n"
                + "www A 192.0.2.80\n"
                + "_dmarc.example.com. TXT \"v=DMARC1; p=reject\"\n",
            expect(8, RULE))
        .invalid(
            "at a subdomain after $ORIGIN, blank owner first",
            APEX
                + "$ORIGIN shop.example.com.\n"
                + "_dmarc TXT \"verification=1\"\n"
                + "       TXT \"v=DMARC1; p=none\"\n"
                + "       TXT \"v=DMARC1; p=reject\"\n",
            expect(10, 8, RULE))
        .stream();
  }

  @Test
  void theOtherRecordsAreRelated() {
    List<Diagnostic> d =
        MailTesting.run(
            new DmarcMultiple(),
            APEX
                + "_dmarc TXT \"v=DMARC1; p=reject\"\n"
                + "_dmarc TXT \"v=DMARC1; p=none\"\n"
                + "_dmarc TXT \"v=DMARC1; p=none; pct=5\"\n");
    assertEquals(1, d.size());
    assertEquals(2, d.get(0).related().size());
    assertEquals(9, d.get(0).related().get(0).location().line());
    assertEquals(10, d.get(0).related().get(1).location().line());
  }
}
