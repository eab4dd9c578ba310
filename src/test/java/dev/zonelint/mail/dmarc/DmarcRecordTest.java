package dev.zonelint.mail.dmarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DmarcRecordTest {

  /** "SEVERITY@column" for each finding, in column order. */
  private static List<String> found(String text) {
    List<String> out = new ArrayList<>();
    for (DmarcIssue i : DmarcRecord.parse(text).issues()) {
      out.add(i.severity() + "@" + i.column());
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> validRecords() {
    return Stream.of(
            // RFC 7489 Appendix B.2 and B.3.
            "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com",
            "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com;"
                + " ruf=mailto:auth-reports@thirdparty.example.net",
            "v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com,"
                + "mailto:tld-test@thirdparty.example.net!10m; pct=25",
            "v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; fo=1:d:s; rf=afrf; ri=86400;"
                + " pct=100",
            "v=DMARC1;p=reject",
            "v = DMARC1 ; p = reject ;",
            "v=DMARC1; p=Reject; ADKIM=R",
            "v=DMARC1; p=reject; np=reject; psd=n; t=y",
            "v=DMARC1; p=none; rua=mailto:a@example.com?subject=dmarc , mailto:b@example.net!5M",
            "v=DMARC1; p=reject; fo=0 : 1; ri=4294967295; pct=0")
        .map(t -> DynamicTest.dynamicTest(t, () -> assertEquals(List.of(), found(t))));
  }

  @TestFactory
  Stream<DynamicTest> invalidRecords() {
    return Stream.of(
            // The peers' dmarc_syntax case: three errors, each at its tag.
            row(
                "v=DMARC1; p=bogus; pct=200; rua=foo@example.com",
                "ERROR@11",
                "ERROR@20",
                "ERROR@29"),
            row("p=reject; v=DMARC1", "ERROR@11"),
            row("v=dmarc1; p=reject", "ERROR@1"),
            row("v=DMARC2; p=reject", "ERROR@1"),
            row("v=DMARC1; rua=mailto:a@example.com", "ERROR@1"),
            row("v=DMARC1; p=reject; p=none", "ERROR@21"),
            row("v=DMARC1; p=reject; adkim=x", "ERROR@21"),
            row("v=DMARC1; p=reject; aspf=relaxed", "ERROR@21"),
            row("v=DMARC1; p=reject; fo=2", "ERROR@21"),
            row("v=DMARC1; p=reject; fo=1:x", "ERROR@21"),
            row("v=DMARC1; p=reject; ri=-1", "ERROR@21"),
            row("v=DMARC1; p=reject; ri=4294967296", "ERROR@21"),
            row("v=DMARC1; p=reject; pct=0100", "ERROR@21"),
            row("v=DMARC1; p=reject; sp=maybe", "ERROR@21"),
            row("v=DMARC1; p=reject; np=all", "ERROR@21"),
            row("v=DMARC1; p=reject; psd=yes", "ERROR@21"),
            row("v=DMARC1; p=reject; rf=iodef", "ERROR@21"),
            row("v=DMARC1; p=reject; rua=", "ERROR@21"),
            row("v=DMARC1; p=reject; rua=mailto:a@example.com,,mailto:b@example.com", "ERROR@21"),
            row("v=DMARC1; p=reject; rua=mailto:a@example.com!10x", "ERROR@21"),
            row("v=DMARC1; p=reject; rua=mailto:nobody", "ERROR@21"),
            row("v=DMARC1; p=reject; rua=mailto: a@example.com", "ERROR@21"),
            row("v=DMARC1; p=reject; foo=bar", "WARNING@21"),
            row("v=DMARC1; p=reject; rua=https://dmarc.example.com/r", "WARNING@21"),
            row("v=DMARC1;; p=reject", "WARNING@10"),
            row("v=DMARC1 p=reject", "ERROR@10"),
            row("v=DMARC1; p reject", "ERROR@1", "ERROR@11"),
            row("v=DMARC1; 1p=reject", "ERROR@1", "ERROR@11"),
            row("garbage; v=DMARC1; p=reject", "ERROR@1", "ERROR@10"),
            row("", "ERROR@1", "ERROR@1"))
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.get(0).isEmpty() ? "(empty)" : r.get(0),
                    () -> assertEquals(r.subList(1, r.size()), found(r.get(0)))));
  }

  private static List<String> row(String text, String... expected) {
    List<String> r = new ArrayList<>();
    r.add(text);
    r.addAll(List.of(expected));
    return r;
  }

  @Test
  void missingSemicolonIsRecoveredSoThePolicyStillReads() {
    DmarcRecord r = DmarcRecord.parse("v=DMARC1 p=reject");
    assertEquals(DmarcRecord.Policy.REJECT, r.policy());
    assertEquals("DMARC1", r.value("v"));
    assertTrue(r.issues().get(0).message().contains("';' is missing before 'p=reject'"));
  }

  @Test
  void unknownTagsAreWarningsWithASuggestion() {
    DmarcRecord r = DmarcRecord.parse("v=DMARC1; p=none; rue=mailto:a@example.com");
    assertFalse(r.hasErrors());
    assertEquals(Severity.WARNING, r.issues().get(0).severity());
    assertTrue(r.issues().get(0).message().contains("did you mean 'rua'?"), r.issues().toString());
  }

  @Test
  void messagesAreLowerCaseWithoutPeriod() {
    for (DmarcIssue i :
        DmarcRecord.parse("v=DMARC1; p=bogus; pct=200; rua=foo@example.com; x=1;;").issues()) {
      assertFalse(i.message().endsWith("."), i.message());
      assertFalse(Character.isUpperCase(i.message().charAt(0)), i.message());
    }
  }

  @Test
  void policiesAndDefaults() {
    DmarcRecord r = DmarcRecord.parse("v=DMARC1; p=quarantine; pct=50");
    assertEquals(DmarcRecord.Policy.QUARANTINE, r.policy());
    assertEquals(DmarcRecord.Policy.QUARANTINE, r.subdomainPolicy(), "sp defaults to p");
    assertEquals(50, r.percent());
    DmarcRecord s = DmarcRecord.parse("v=DMARC1; p=reject; sp=NONE");
    assertEquals(DmarcRecord.Policy.NONE, s.subdomainPolicy());
    assertEquals(100, s.percent());
    assertNull(DmarcRecord.parse("v=DMARC1; p=reject; sp=bogus").subdomainPolicy());
    assertNull(DmarcRecord.parse("v=DMARC1; p=bogus").policy());
    assertNull(DmarcRecord.parse("v=DMARC1").policy());
  }

  @Test
  void whatReceiversKeep() {
    assertTrue(DmarcRecord.isDmarc("v=DMARC1; p=none"));
    assertTrue(DmarcRecord.isDmarc("V = DMARC1;p=none"));
    assertTrue(DmarcRecord.isDmarc("v=DMARC1"));
    assertFalse(DmarcRecord.isDmarc("v=dmarc1; p=none"), "the version is case-sensitive");
    assertFalse(DmarcRecord.isDmarc("p=none; v=DMARC1"), "v must come first");
    assertFalse(DmarcRecord.isDmarc("v=DMARC10; p=none"));
    assertFalse(DmarcRecord.isDmarc("v=spf1 -all"));
    assertFalse(DmarcRecord.isDmarc(""));
  }

  @Test
  void whatLooksMeantAsDmarc() {
    assertTrue(DmarcRecord.mentionsDmarc("p=none; v=DMARC1"));
    assertTrue(DmarcRecord.mentionsDmarc("v=dmarc1"));
    assertTrue(DmarcRecord.mentionsDmarc(" v = DMARC1 ; p=none"));
    assertFalse(DmarcRecord.mentionsDmarc("v=spf1 include:_dmarc.example.com -all"));
    assertFalse(DmarcRecord.mentionsDmarc("xv=DMARC1"));
    assertFalse(DmarcRecord.mentionsDmarc("v=DMARC1x"));
    assertFalse(DmarcRecord.mentionsDmarc(""));
  }
}
