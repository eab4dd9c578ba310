package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MxWithoutDmarcTest {
  private static final String RULE = "mx-without-dmarc";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MxWithoutDmarc())
        .valid(
            "apex MX with apex DMARC",
            APEX + "@ MX 10 mx.example.net.\n_dmarc TXT \"v=DMARC1; p=none\"\n")
        .valid(
            "subdomain MX covered by the apex DMARC",
            APEX + "shop MX 10 mx.example.net.\n_dmarc TXT \"v=DMARC1; p=reject\"\n")
        .valid(
            "subdomain with its own DMARC, relative names after $ORIGIN",
            APEX
                + "$ORIGIN shop.example.com.\n"
                + "@ MX 10 mx.example.net.\n"
                + "_dmarc TXT \"v=DMARC1; p=quarantine\"\n")
        .valid(
            "_dmarc CNAME to a DMARC provider",
            APEX + "@ MX 10 mx.example.net.\n_dmarc CNAME example.com._dmarc.provider.example.\n")
        .valid("null MX is no-mail-posture's", APEX + "parked MX 0 .\n")
        .valid(
            "below a delegation the data is occluded",
            APEX + "sub NS ns.example.net.\nsub MX 10 mx.example.net.\n")
        .valid(
            "wildcard MX covered by the apex",
            APEX + "*.users MX 10 mx.example.net.\n_DMARC TXT \"v=DMARC1; p=none\"\n")
        .valid(
            "MX beside a CNAME is another rule's",
            APEX + "www CNAME w.example.net.\nwww MX 10 mx.example.net.\n")
        .invalid("apex MX, no DMARC", APEX + "@ MX 10 mx.example.net.\n", expect(8, 1, RULE))
        .invalid(
            "a non-DMARC TXT at _dmarc does not count",
            APEX + "@ MX 10 mx.example.net.\n_dmarc TXT \"verification=1\"\n",
            expect(8, RULE))
        .invalid(
            "a lower-case version is discarded by receivers",
            APEX + "@ MX 10 mx.example.net.\n_dmarc TXT \"v=dmarc1; p=reject\"\n",
            expect(8, RULE))
        .invalid(
            "DMARC only at a sibling",
            APEX + "shop MX 10 mx.example.net.\n_dmarc.blog TXT \"v=DMARC1; p=none\"\n",
            expect(8, RULE))
        .invalid(
            "blank owner MX", APEX + "mail A 192.0.2.25\n     MX 10 mail\n", expect(9, 6, RULE))
        .stream();
  }

  @Test
  void messageNamesBothPlacesLookedAt() {
    String m =
        MailTesting.run(new MxWithoutDmarc(), APEX + "shop MX 10 mx.example.net.\n")
            .get(0)
            .message();
    assertTrue(m.contains("'_dmarc.shop.example.com.' or '_dmarc.example.com.'"), m);
    MailTesting.assertSeverities(
        new MxWithoutDmarc(), APEX + "@ MX 10 mx.example.net.\n", "8 INFO");
  }
}
