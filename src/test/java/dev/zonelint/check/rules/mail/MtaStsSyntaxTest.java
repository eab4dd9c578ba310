package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MtaStsSyntaxTest {
  private static final String RULE = "mta-sts-syntax";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MtaStsSyntax())
        .valid("RFC 8461 example", APEX + "_mta-sts TXT \"v=STSv1; id=20160831085700Z;\"\n")
        .valid(
            "with an extension, upper-case owner, subdomain",
            APEX + "_MTA-STS.shop TXT \"v=STSv1; id=abc123; ext=1\"\n")
        .valid(
            "other TXT at _mta-sts is not looked at",
            APEX + "_mta-sts TXT \"v=STSv1; id=1\"\n_mta-sts TXT \"verification=xyz\"\n")
        .valid("STS text at another name", APEX + "mta-sts TXT \"v=STSv1; id=;\"\n")
        .valid(
            "below a delegation the data is occluded",
            APEX + "sub NS ns.example.net.\n_mta-sts.sub TXT \"v=STSv1; id=;\"\n")
        .valid("policy host by CNAME", APEX + "_mta-sts CNAME _mta-sts.provider.example.\n")
        .invalid(
            "the peers' mtasts case: empty id",
            APEX + "_mta-sts TXT \"v=STSv1; id=;\"\n",
            expect(8, 1, RULE))
        .invalid("no id", APEX + "_mta-sts TXT \"v=STSv1;\"\n", expect(8, RULE))
        .invalid(
            "id with dashes, after $ORIGIN",
            APEX + "$ORIGIN shop.example.com.\n_mta-sts TXT \"v=STSv1; id=2024-01-01\"\n",
            expect(9, RULE))
        .invalid("lower-case version", APEX + "_mta-sts TXT \"v=stsv1; id=1\"\n", expect(8, RULE))
        .invalid(
            "two records, blank owner: senders ignore both",
            APEX + "_mta-sts TXT \"v=STSv1; id=1\"\n         TXT \"v=STSv1; id=2\"\n",
            expect(8, 1, RULE))
        .invalid("missing separator", APEX + "_mta-sts TXT \"v=STSv1 id=1\"\n", expect(8, RULE))
        .stream();
  }

  @Test
  void messageSaysWhatSendersDo() {
    List<Diagnostic> d =
        MailTesting.run(new MtaStsSyntax(), APEX + "_mta-sts TXT \"v=STSv1; id=;\"\n");
    assertEquals(1, d.size());
    String m = d.get(0).message();
    assertTrue(m.startsWith("'id=' must be 1 to 32 letters or digits"), m);
    assertTrue(m.endsWith("senders ignore the record and deliver without requiring TLS"), m);
  }
}
