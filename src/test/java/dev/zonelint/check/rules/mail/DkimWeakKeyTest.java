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

class DkimWeakKeyTest {
  private static final String RULE = "dkim-weak-key";
  private static final String RSA512 = TestKeys.rsaSpki(512);
  private static final String RSA1024 = TestKeys.rsaSpki(1024);
  private static final String RSA2048 = TestKeys.rsaSpki(2048);
  private static final String RSA3072 = TestKeys.rsaSpki(3072);

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DkimWeakKey())
        .valid(
            "2048-bit key",
            APEX + "s1._domainkey TXT " + txt("v=DKIM1; k=rsa; p=" + RSA2048) + "\n")
        .valid("3072-bit key", APEX + "s1._domainkey TXT " + txt("v=DKIM1; p=" + RSA3072) + "\n")
        .valid(
            "Ed25519 key is 256 bits and strong",
            APEX + "ed._domainkey TXT \"v=DKIM1; k=ed25519; p=" + TestKeys.ed25519Raw() + "\"\n")
        .valid("revoked key", APEX + "s1._domainkey TXT \"v=DKIM1; p=\"\n")
        .valid("undecodable key is dkim-syntax's", APEX + "s1._domainkey TXT \"v=DKIM1; p=QUJD\"\n")
        .valid(
            "selector CNAME to a provider",
            APEX
                + "selector1._domainkey CNAME selector1-example-com._domainkey.example.onmicrosoft.com.\n")
        .valid(
            "weak key below a delegation is occluded",
            APEX + "sub NS ns.example.net.\ns1._domainkey.sub TXT \"v=DKIM1; p=" + RSA1024 + "\"\n")
        .valid(
            "weak key not at a _domainkey name", APEX + "keys TXT \"v=DKIM1; p=" + RSA1024 + "\"\n")
        .invalid(
            "1024-bit key (warning)",
            APEX + "google._domainkey TXT \"v=DKIM1; k=rsa; p=" + RSA1024 + "\"\n",
            expect(8, 1, RULE))
        .invalid(
            "512-bit key (error)",
            APEX + "s1._domainkey TXT \"v=DKIM1; p=" + RSA512 + "\"\n",
            expect(8, RULE))
        .invalid(
            "1024-bit bare PKCS#1 key, blank owner",
            APEX + "s2._domainkey A 192.0.2.1\n    TXT \"p=" + TestKeys.rsaPkcs1(1024) + "\"\n",
            expect(9, 5, RULE))
        .invalid(
            "384-bit key, too small for KeyFactory, still measured",
            APEX + "tiny._domainkey TXT \"v=DKIM1; p=" + TestKeys.rsaPkcs1Modulus(384, 1) + "\"\n",
            expect(8, RULE))
        .invalid(
            "key split across strings, multi-label selector after $ORIGIN",
            APEX
                + "$ORIGIN _domainkey.example.com.\n"
                + "k1.mail TXT \"v=DKIM1; p="
                + RSA1024.substring(0, 120)
                + "\" \""
                + RSA1024.substring(120)
                + "\"\n",
            expect(9, RULE))
        .invalid(
            "two weak keys at one selector are both reported",
            APEX
                + "s1._domainkey TXT \"v=DKIM1; p="
                + RSA1024
                + "\"\n"
                + "s1._domainkey TXT \"v=DKIM1; p="
                + RSA512
                + "\"\n",
            expect(8, RULE),
            expect(9, RULE))
        .stream();
  }

  @Test
  void under1024IsAnErrorUnder2048AWarning() {
    MailTesting.assertSeverities(
        new DkimWeakKey(),
        APEX
            + "a._domainkey TXT "
            + txt("v=DKIM1; p=" + RSA512)
            + "\n"
            + "b._domainkey TXT "
            + txt("v=DKIM1; p=" + RSA1024)
            + "\n"
            + "c._domainkey TXT "
            + txt("v=DKIM1; p=" + TestKeys.rsaPkcs1Modulus(2047, 3))
            + "\n"
            + "d._domainkey TXT "
            + txt("v=DKIM1; p=" + TestKeys.rsaPkcs1Modulus(1023, 4))
            + "\n",
        "8 ERROR",
        "9 WARNING",
        "10 WARNING",
        "11 ERROR");
  }

  @Test
  void messageGivesTheRealSize() {
    List<Diagnostic> d =
        MailTesting.run(
            new DkimWeakKey(), APEX + "s1._domainkey TXT \"v=DKIM1; p=" + RSA1024 + "\"\n");
    assertTrue(d.get(0).message().contains("'s1' is a 1024-bit RSA key"), d.get(0).message());
  }
}
