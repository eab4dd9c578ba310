package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.mail.dkim.TestKeys.txt;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.mail.dkim.TestKeys;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DkimKeyInvalidTest {
  private static final String RULE = "dkim-key-invalid";
  private static final String RSA2048 = TestKeys.rsaSpki(2048);
  private static final String RSA1024 = TestKeys.rsaSpki(1024);

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DkimKeyInvalid())
        .valid(
            "2048-bit key split into strings",
            APEX + "s1._domainkey TXT " + txt("v=DKIM1; k=rsa; p=" + RSA2048) + "\n")
        .valid(
            "RFC 8463 Ed25519 key",
            APEX
                + "brisbane._domainkey TXT \"v=DKIM1; k=ed25519;"
                + " p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"\n")
        .valid(
            "bare RSAPublicKey (errata 3017)",
            APEX + "s1._domainkey TXT " + txt("v=DKIM1; p=" + TestKeys.rsaPkcs1(2048)) + "\n")
        .valid("revoked key", APEX + "old._domainkey TXT \"v=DKIM1; p=\"\n")
        .valid(
            "characters outside base64 are dkim-syntax's",
            APEX + "s1._domainkey TXT \"v=DKIM1; p=!!notbase64!!\"\n")
        .valid("key-like text not at a _domainkey name", APEX + "www TXT \"v=DKIM1; p=QUJD\"\n")
        .invalid(
            "truncated key, upper-case _DomainKey, blank owner",
            APEX + "s2._DomainKey A 192.0.2.1\n   TXT \"p=" + RSA1024.substring(0, 201) + "\"\n",
            expect(9, 4, RULE))
        .invalid(
            "Ed25519 key given as SubjectPublicKeyInfo",
            APEX + "ed._domainkey TXT \"v=DKIM1; k=ed25519; p=" + TestKeys.ed25519Spki() + "\"\n",
            expect(8, RULE))
        .invalid(
            "corrupt DER: the bench generator's kind of key",
            APEX + "s1._domainkey TXT " + txt("v=DKIM1; k=rsa; p=" + corruptExponentTag()) + "\n",
            expect(8, RULE))
        .invalid(
            "valid base64 that is no key",
            APEX + "s1._domainkey TXT \"v=DKIM1; p=QUJD\"\n",
            expect(8, RULE))
        .invalid(
            "an Ed25519 key under the default k=rsa",
            APEX
                + "s1._domainkey TXT \"v=DKIM1;"
                + " p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"\n",
            expect(8, RULE))
        .invalid(
            "an RSA key under k=ed25519",
            APEX + "s1._domainkey TXT " + txt("v=DKIM1; k=ed25519; p=" + RSA1024) + "\n",
            expect(8, RULE))
        .invalid(
            "genzone's 1024-bit shape: 217 characters, one too many",
            APEX + "s1._domainkey TXT \"v=DKIM1; k=rsa; p=" + RSA1024 + "A\"\n",
            expect(8, RULE))
        .stream();
  }

  /** A 2048-bit SubjectPublicKeyInfo whose exponent INTEGER tag is damaged. */
  private static String corruptExponentTag() {
    byte[] der = Base64.getDecoder().decode(RSA2048);
    der[der.length - 5] = 0x32;
    return Base64.getEncoder().encodeToString(der);
  }

  @Test
  void warningThatNamesSelectorAndColumn() {
    List<Diagnostic> d =
        MailTesting.run(
            new DkimKeyInvalid(), APEX + "mail.k1._domainkey TXT \"v=DKIM1; p=QUJD\"\n");
    String m = d.get(0).message();
    assertTrue(m.startsWith("selector 'mail.k1': the key is valid base64 but not an RSA"), m);
    assertTrue(m.endsWith("(character 10 of the TXT text)"), m);
    MailTesting.assertSeverities(
        new DkimKeyInvalid(), APEX + "s._domainkey TXT \"v=DKIM1; p=QUJD\"\n", "8 WARNING");
  }
}
