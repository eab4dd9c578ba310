package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.mail.dkim.TestKeys.txt;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.mail.dkim.TestKeys;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DkimSyntaxTest {
  private static final String RULE = "dkim-syntax";
  private static final String RSA2048 = TestKeys.rsaSpki(2048);
  private static final String RSA1024 = TestKeys.rsaSpki(1024);

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DkimSyntax())
        .valid(
            "2048-bit key split into strings",
            APEX + "s1._domainkey TXT " + txt("v=DKIM1; k=rsa; p=" + RSA2048) + "\n")
        .valid(
            "RFC 8463 Ed25519 key",
            APEX
                + "brisbane._domainkey TXT \"v=DKIM1; k=ed25519;"
                + " p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"\n")
        .valid(
            "selector delegated to an ESP by CNAME",
            APEX + "s1._domainkey CNAME s1.domainkey.u123.wl.sendgrid.net.\n")
        .valid(
            "multi-line key over a parenthesised record, multi-label selector, $ORIGIN",
            APEX
                + "$ORIGIN _domainkey.shop.example.com.\n"
                + "k2024.mail IN TXT ( \"v=DKIM1; p="
                + RSA1024.substring(0, 100)
                + "\"\n   \""
                + RSA1024.substring(100)
                + "\" )\n")
        .valid(
            "non-key TXT at a selector name",
            APEX + "s1._domainkey TXT \"google-site-verification=abc\"\n")
        .valid("DomainKeys policy at _domainkey itself", APEX + "_domainkey TXT \"o=~; p=x\"\n")
        .valid(
            "bad key below a delegation is occluded",
            APEX + "sub NS ns.example.net.\ns1._domainkey.sub TXT \"v=DKIM1; p=!!\"\n")
        .valid(
            "key-like text not at a _domainkey name",
            APEX + "www TXT \"v=DKIM1; p=!!notbase64!!\"\n")
        .invalid(
            "the peers' dkim_bad case",
            APEX + "s1._domainkey TXT \"v=DKIM1; p=!!notbase64!!\"\n",
            expect(8, 1, RULE))
        .invalid(
            "unknown key type",
            APEX + "s1._domainkey TXT \"v=DKIM1; k=dsa; p=" + RSA1024 + "\"\n",
            expect(8, RULE))
        .invalid("no key at all", APEX + "s1._domainkey TXT \"v=DKIM1; k=rsa\"\n", expect(8, RULE))
        .valid(
            "key text that parses but decodes to no key is dkim-key-invalid's",
            APEX + "s1._domainkey TXT \"v=DKIM1; p=QUJD\"\n")
        .invalid(
            "revoked key (info)", APEX + "old._domainkey TXT \"v=DKIM1; p=\"\n", expect(8, RULE))
        .invalid(
            "obsolete g= tag and a wrong version: one finding each",
            APEX + "s1._domainkey TXT \"v=DKIM2; g=*; p=" + RSA1024 + "\"\n",
            expect(8, RULE),
            expect(8, RULE))
        .stream();
  }

  @Test
  void severities() {
    MailTesting.assertSeverities(
        new DkimSyntax(),
        APEX
            + "a._domainkey TXT \"v=DKIM1; p=\"\n"
            + "b._domainkey TXT \"v=DKIM1; g=*; p="
            + RSA1024
            + "\"\n"
            + "c._domainkey TXT \"v=DKIM1; p=QU!D\"\n",
        "8 INFO",
        "9 WARNING",
        "10 ERROR");
  }

  @Test
  void messageNamesTheSelector() {
    List<Diagnostic> d =
        MailTesting.run(
            new DkimSyntax(), APEX + "mail.k1._domainkey TXT \"v=DKIM1; p=!!notbase64!!\"\n");
    String m = d.get(0).message();
    assertTrue(m.startsWith("selector 'mail.k1': the key has '!' at character 1"), m);
    assertTrue(m.endsWith("(character 10 of the TXT text)"), m);
  }
}
