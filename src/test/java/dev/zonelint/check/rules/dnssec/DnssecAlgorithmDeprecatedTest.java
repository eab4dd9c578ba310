package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.KeyFixtures.DELEGATION;
import static dev.zonelint.check.rules.dnssec.KeyFixtures.SHA256_HEX;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DnssecAlgorithmDeprecatedTest {
  private static final String RULE = "dnssec-algorithm-deprecated";
  private static final DnssecAlgorithmDeprecated CHECK = new DnssecAlgorithmDeprecated();

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(CHECK)
        .valid("ECDSA zone", ECDSA)
        .valid("RSASHA256 and Ed25519", Signed.TWO_ALGORITHMS)
        .valid("DS of algorithm 13", DELEGATION + "sub DS 12345 13 2 " + SHA256_HEX + "\n")
        .invalid(
            "DS of RSASHA1", DELEGATION + "sub DS 12345 5 2 " + SHA256_HEX + "\n", expect(10, RULE))
        .invalid(
            "one finding per key, not per DS",
            DELEGATION
                + "sub DS 12345 5 2 "
                + SHA256_HEX
                + "\n"
                + "sub DS 12345 5 1 0123456789abcdef0123456789abcdef01234567\n",
            expect(10, RULE))
        .invalid("DSA DNSKEY", APEX + "@ DNSKEY 257 3 3 " + KeyFixtures.KSK + "\n", expect(8, RULE))
        .invalid(
            "RSASHA512 DNSKEY",
            APEX + "@ DNSKEY 257 3 10 " + KeyFixtures.rsaKey(65537, 2048) + "\n",
            expect(8, RULE))
        .invalid(
            "RSAMD5 CDNSKEY",
            APEX + "@ CDNSKEY 257 3 1 " + KeyFixtures.rsaKey(65537, 2048) + "\n",
            expect(8, RULE))
        .invalid("ECC-GOST CDS", APEX + "@ CDS 12345 12 2 " + SHA256_HEX + "\n", expect(8, RULE))
        .valid("CDS delete form", APEX + "@ CDS 0 0 0 00\n@ CDNSKEY 0 3 0 AA==\n")
        .stream();
  }

  @Test
  void mustNotIsAnErrorNotRecommendedAWarning() {
    assertEquals(
        List.of(Severity.ERROR),
        KeyFixtures.severities(CHECK, DELEGATION + "sub DS 12345 1 2 " + SHA256_HEX + "\n"));
    assertEquals(
        List.of(Severity.WARNING),
        KeyFixtures.severities(CHECK, DELEGATION + "sub DS 12345 7 2 " + SHA256_HEX + "\n"));
  }
}
