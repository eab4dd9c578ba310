package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;
import static dev.zonelint.check.rules.dnssec.Signed.NSEC;

import dev.zonelint.check.RuleTester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NsecBitmapMismatchTest {
  private static final String RULE = "nsec-bitmap-mismatch";
  private static final String NS1 = "ns1.example.com.\t3600\tIN\tNSEC\t";
  private static final String WWW = "www.example.com.\t3600\tIN\tNSEC\t";
  private static final String SECURE = "secure.example.com.\t3600\tIN\tNSEC\t";
  private static final String INSECURE = "insecure.example.com.\t3600\tIN\tNSEC\t";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NsecBitmapMismatch())
        .valid("bitmaps at data, delegations with and without DS, wildcard", NSEC)
        .valid("another signer run", ECDSA)
        .invalid(
            "a type listed that the name does not have",
            Signed.edit(NSEC, NS1, "A RRSIG NSEC", "A AAAA RRSIG NSEC"),
            expect(Signed.line(NSEC, NS1), RULE))
        .invalid(
            "a type left out",
            Signed.edit(NSEC, WWW, "A AAAA RRSIG", "A RRSIG"),
            expect(Signed.line(NSEC, WWW), RULE))
        .invalid(
            "DS at a delegation left out",
            Signed.edit(NSEC, SECURE, "NS DS RRSIG", "NS RRSIG"),
            expect(Signed.line(NSEC, SECURE), RULE))
        .invalid(
            "glue listed at a delegation",
            Signed.edit(NSEC, INSECURE, "NS RRSIG", "NS A RRSIG"),
            expect(Signed.line(NSEC, INSECURE), RULE))
        .invalid(
            "RRSIG left out of every bitmap of a signed zone",
            NSEC.replace(" RRSIG NSEC ", " NSEC "),
            expect(Signed.line(NSEC, "example.com.\t3600\tIN\tNSEC\t"), RULE),
            expect(Signed.line(NSEC, "host.b.c.example.com.\t3600\tIN\tNSEC\t"), RULE),
            expect(Signed.line(NSEC, "deleg.ent.example.com.\t3600\tIN\tNSEC\t"), RULE),
            expect(Signed.line(NSEC, INSECURE), RULE),
            expect(Signed.line(NSEC, NS1), RULE),
            expect(Signed.line(NSEC, "ns2.example.com.\t3600\tIN\tNSEC\t"), RULE),
            expect(Signed.line(NSEC, SECURE), RULE),
            expect(Signed.line(NSEC, "*.wild.example.com.\t3600\tIN\tNSEC\t"), RULE),
            expect(Signed.line(NSEC, WWW), RULE))
        .invalid(
            "the same fault at many names: ten listed, then one finding counts the rest",
            manyWithoutA(15),
            expect(9, RULE),
            expect(11, RULE),
            expect(13, RULE),
            expect(15, RULE),
            expect(17, RULE),
            expect(19, RULE),
            expect(21, RULE),
            expect(23, RULE),
            expect(25, RULE),
            expect(27, RULE),
            expect(29, RULE))
        .stream();
  }

  /**
   * An unsigned zone of n hosts (NSEC on lines 9, 11, ...) whose NSEC bitmaps leave out their A.
   */
  private static String manyWithoutA(int n) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String next = i + 1 < n ? String.format("h%02d", i + 1) : "@";
      lines.add(String.format("h%02d A 192.0.2.%d", i, i + 10));
      lines.add(String.format("h%02d NSEC %s NSEC", i, next));
    }
    return RuleTester.APEX + String.join("\n", lines) + "\n";
  }
}
