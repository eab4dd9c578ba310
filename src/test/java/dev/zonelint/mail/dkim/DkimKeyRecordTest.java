package dev.zonelint.mail.dkim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DkimKeyRecordTest {
  /** RFC 6376 Appendix C: a 1024-bit RSA key as SubjectPublicKeyInfo. */
  static final String RFC6376_KEY =
      "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCK"
          + "G9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mc"
          + "wGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB";

  /** RFC 8463 Appendix A.2: the Ed25519 key of selector brisbane. */
  static final String RFC8463_KEY = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

  private static List<String> found(String text) {
    List<String> out = new ArrayList<>();
    for (DkimIssue i : DkimKeyRecord.parse(text).issues()) {
      out.add(i.severity() + "@" + i.column());
    }
    return out;
  }

  @Test
  void rfcExamplesDecodeToTheirRealSize() {
    DkimKeyRecord rsa = DkimKeyRecord.parse("v=DKIM1; p=" + RFC6376_KEY);
    assertEquals(List.of(), rsa.issues());
    assertEquals(1024, rsa.keyBits());
    assertEquals("SubjectPublicKeyInfo", rsa.keyFormat());
    assertTrue(rsa.hasRsaKey());
    DkimKeyRecord ed = DkimKeyRecord.parse("v=DKIM1; k=ed25519; p=" + RFC8463_KEY);
    assertEquals(List.of(), ed.issues());
    assertEquals(256, ed.keyBits());
    assertFalse(ed.hasRsaKey());
  }

  @Test
  void generatedKeysInBothRsaEncodings() {
    DkimKeyRecord spki = DkimKeyRecord.parse("v=DKIM1; k=rsa; p=" + TestKeys.rsaSpki(2048));
    assertEquals(List.of(), spki.issues());
    assertEquals(2048, spki.keyBits());
    DkimKeyRecord pkcs1 = DkimKeyRecord.parse("v=DKIM1; p=" + TestKeys.rsaPkcs1(1024));
    assertEquals(List.of(), pkcs1.issues());
    assertEquals(1024, pkcs1.keyBits());
    assertEquals("RSAPublicKey", pkcs1.keyFormat());
    // Below what KeyFactory accepts: the DER is read directly, so the size is still known.
    assertEquals(384, DkimKeyRecord.parse("p=" + TestKeys.rsaPkcs1Modulus(384, 7)).keyBits());
    assertEquals(512, DkimKeyRecord.parse("p=" + TestKeys.rsaSpki(512)).keyBits());
  }

  @Test
  void whiteSpaceInsideTheKeyAndAroundTags() {
    String key = TestKeys.rsaSpki(1024);
    String spaced =
        key.substring(0, 50) + " \t " + key.substring(50, 100) + "\r\n " + key.substring(100);
    DkimKeyRecord r =
        DkimKeyRecord.parse(
            " v = DKIM1 ;\tk=rsa; h=sha256 : sha1; t=y:s; s=email;"
                + " n=a note; p = "
                + spaced
                + " ;");
    assertEquals(List.of(), r.issues());
    assertEquals(1024, r.keyBits());
  }

  @Test
  void revokedKeyIsInfoOnly() {
    DkimKeyRecord r = DkimKeyRecord.parse("v=DKIM1; p=");
    assertEquals(List.of("INFO@10"), found("v=DKIM1; p="));
    assertTrue(r.isRevoked());
    assertFalse(r.hasErrors());
    assertEquals(0, r.keyBits());
  }

  @Test
  void errors() {
    String key = TestKeys.rsaSpki(1024);
    assertEquals(List.of("ERROR@10"), found("v=DKIM1; p=!!notbase64!!"));
    assertEquals(List.of("ERROR@10"), found("v=DKIM1; k=dsa; p=" + key));
    assertEquals(List.of("ERROR@1"), found("v=DKIM2; p=" + key));
    assertEquals(List.of("ERROR@1"), found("v=dkim1; p=" + key));
    assertEquals(List.of("ERROR@8"), found("k=rsa; v=DKIM1; p=" + key));
    assertEquals(List.of("ERROR@1"), found("v=DKIM1; k=rsa"));
    assertEquals(List.of("ERROR@15"), found("v=DKIM1; n=a; n=b; p=" + key));
    assertEquals(
        List.of("ERROR@10"),
        found("v=DKIM1; p=" + key.substring(0, 100) + "==" + key.substring(100)));
    assertEquals(List.of("ERROR@10"), found("v=DKIM1; p=-----BEGIN PUBLIC KEY-----" + key));
    assertEquals(List.of("ERROR@10"), found("v=DKIM1; p=" + key + "_"));
    assertEquals(List.of("ERROR@1", "ERROR@20"), found("v=DKIM1; h=sha256; p"));
    assertEquals(List.of("ERROR@1", "ERROR@10"), found("v=DKIM1; 9x=1"));
    assertEquals(List.of("ERROR@10", "ERROR@22"), found("v=DKIM1; h=sha-256!; p=\u00e9" + key));
  }

  @Test
  void keysThatParseButDoNotDecodeAreKeyProblemsNotGrammarErrors() {
    String key = TestKeys.rsaSpki(1024);
    assertEquals("WARNING@10", keyProblem("v=DKIM1; p=" + key + "A"), "4k+1 characters");
    assertEquals("WARNING@10", keyProblem("v=DKIM1; p=QUJD"), "3 bytes are no key");
    assertEquals("WARNING@10", keyProblem("v=DKIM1; p=" + TestKeys.ed25519Raw()), "k is rsa");
    assertEquals("WARNING@21", keyProblem("v=DKIM1; k=ed25519; p=" + TestKeys.ed25519Spki()));
    assertEquals("WARNING@21", keyProblem("v=DKIM1; k=ed25519; p=" + key));
    assertEquals("WARNING@10", keyProblem("v=DKIM1; p=" + TestKeys.ed25519Spki()));
    assertEquals(List.of(), found("v=DKIM1; p=QUJD"));
    assertNull(DkimKeyRecord.parse("v=DKIM1; p=" + key).keyProblem());
    assertNull(DkimKeyRecord.parse("v=DKIM1; p=!!").keyProblem(), "a grammar error instead");
  }

  private static String keyProblem(String text) {
    DkimIssue i = DkimKeyRecord.parse(text).keyProblem();
    return i == null ? "none" : i.severity() + "@" + i.column();
  }

  @Test
  void brokenDerIsAKeyProblem() {
    byte[] der = java.util.Base64.getDecoder().decode(TestKeys.rsaSpki(2048));
    der[der.length - 5] = 0x12; // the exponent's INTEGER tag
    String corrupt = java.util.Base64.getEncoder().encodeToString(der);
    DkimKeyRecord r = DkimKeyRecord.parse("v=DKIM1; p=" + corrupt);
    assertFalse(r.hasErrors());
    assertEquals(0, r.keyBits());
    assertTrue(
        r.keyProblem().message().contains("not an RSA public key"), r.keyProblem().message());
  }

  @Test
  void warnings() {
    String key = TestKeys.rsaSpki(1024);
    assertEquals(List.of("WARNING@10"), found("v=DKIM1; h=sha1; p=" + key));
    assertEquals(List.of("WARNING@10", "WARNING@10"), found("v=DKIM1; h=md5; p=" + key));
    assertEquals(List.of("WARNING@10"), found("v=DKIM1; g=*; p=" + key));
    assertEquals(List.of("WARNING@10"), found("v=DKIM1; t=x; p=" + key));
    assertEquals(List.of("WARNING@10"), found("v=DKIM1; s=tlsrpt; p=" + key));
    assertEquals(List.of("WARNING@10"), found("v=DKIM1; z=1; p=" + key));
    assertEquals(List.of("WARNING@9"), found("v=DKIM1;; p=" + key));
    List<DkimIssue> upper = DkimKeyRecord.parse("v=DKIM1; P=" + key).issues();
    assertEquals(Severity.ERROR, upper.get(0).severity(), "no p= at all");
    assertTrue(upper.get(1).message().contains("case-sensitive: write 'p'"), upper.toString());
  }

  @Test
  void whatLooksLikeAKey() {
    assertTrue(DkimKeyRecord.looksLikeKey("v=DKIM1; p=abc"));
    assertTrue(DkimKeyRecord.looksLikeKey("k=rsa; p=abc"));
    assertTrue(DkimKeyRecord.looksLikeKey("v=dkim1"));
    assertTrue(DkimKeyRecord.looksLikeKey(" p = abc"));
    assertTrue(DkimKeyRecord.looksLikeKey("v=DKIM1; p="));
    assertFalse(DkimKeyRecord.looksLikeKey("google-site-verification=abc"));
    assertFalse(DkimKeyRecord.looksLikeKey("o=~; r=postmaster@example.com"));
    assertFalse(DkimKeyRecord.looksLikeKey("v=spf1 -all"));
    assertFalse(DkimKeyRecord.looksLikeKey(""));
  }

  @Test
  void messagesAreLowerCaseWithoutPeriod() {
    for (DkimIssue i :
        DkimKeyRecord.parse("v=DKIM2; k=dsa; g=*; h=md5; P=x; 9=1;; p=!!").issues()) {
      assertFalse(i.message().endsWith("."), i.message());
      assertFalse(Character.isUpperCase(i.message().charAt(0)), i.message());
    }
  }
}
