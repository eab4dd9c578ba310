package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.KeyFixtures.DELEGATION;
import static dev.zonelint.check.rules.dnssec.KeyFixtures.SHA256_HEX;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecDsDigestDeprecatedTest {
  private static final String RULE = "dnssec-ds-digest-deprecated";
  private static final String SHA1_HEX = "0123456789abcdef0123456789abcdef01234567";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecDsDigestDeprecated())
        .valid("SHA-256", DELEGATION + "sub DS 12345 13 2 " + SHA256_HEX + "\n")
        .valid(
            "SHA-1 beside SHA-256 for the same key",
            DELEGATION
                + "sub DS 12345 13 1 "
                + SHA1_HEX
                + "\nsub DS 12345 13 2 "
                + SHA256_HEX
                + "\n")
        .invalid(
            "SHA-1 only", DELEGATION + "sub DS 12345 13 1 " + SHA1_HEX + "\n", expect(10, RULE))
        .invalid(
            "GOST only", DELEGATION + "sub DS 12345 12 3 " + SHA256_HEX + "\n", expect(10, RULE))
        .invalid(
            "SHA-1 for one key, SHA-256 for another: the first key",
            DELEGATION
                + "sub DS 12345 13 1 "
                + SHA1_HEX
                + "\nsub DS 54321 13 2 "
                + SHA256_HEX
                + "\n",
            expect(10, RULE))
        .invalid(
            "one finding per key",
            DELEGATION
                + "sub DS 12345 13 1 "
                + SHA1_HEX
                + "\nsub DS 12345 13 1 "
                + SHA1_HEX.replace('0', 'f')
                + "\n",
            expect(10, RULE))
        .invalid(
            "CDS with SHA-1 only", APEX + "@ CDS " + KeyFixtures.KSK_SHA1 + "\n", expect(8, RULE))
        .stream();
  }
}
