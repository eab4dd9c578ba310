package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.KeyFixtures.DELEGATION;
import static dev.zonelint.check.rules.dnssec.KeyFixtures.SHA256_HEX;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecDsDigestInvalidTest {
  private static final String RULE = "dnssec-ds-digest-invalid";
  private static final String SHA1_HEX = "0123456789abcdef0123456789abcdef01234567";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecDsDigestInvalid())
        .valid("SHA-256", DELEGATION + "sub DS 12345 13 2 " + SHA256_HEX + "\n")
        .valid("SHA-1", DELEGATION + "sub DS 12345 13 1 " + SHA1_HEX + "\n")
        .valid(
            "SHA-384",
            DELEGATION + "sub DS 12345 13 4 " + SHA256_HEX + SHA256_HEX.substring(0, 32) + "\n")
        .valid("GOST", DELEGATION + "sub DS 12345 12 3 " + SHA256_HEX + "\n")
        .valid("CDS delete form", APEX + "@ CDS 0 0 0 00\n")
        .invalid(
            "SHA-256 type with a SHA-1 digest, in generic form (text form is a syntax error)",
            DELEGATION + "sub DS \\# 24 3039 0d 02 " + SHA1_HEX + "\n",
            expect(10, RULE))
        .invalid(
            "SHA-1 type with a SHA-256 digest, in generic form",
            DELEGATION + "sub DS \\# 36 3039 0d 01 " + SHA256_HEX + "\n",
            expect(10, RULE))
        .invalid(
            "digest type 0",
            DELEGATION + "sub DS 12345 13 0 " + SHA256_HEX + "\n",
            expect(10, RULE))
        .invalid(
            "unassigned digest type",
            DELEGATION + "sub DS 12345 13 7 " + SHA256_HEX + "\n",
            expect(10, RULE))
        .invalid(
            "CDS cut short",
            APEX + "@ CDS \\# 35 3039 0d 02 " + SHA256_HEX.substring(2) + "\n",
            expect(8, RULE))
        .stream();
  }
}
