package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

/** Digests made with {@code ldns-signzone -Z -z 1:1} (and {@code 1:2}) over APEX plus www. */
class DnssecZonemdInvalidTest {
  private static final String RULE = "dnssec-zonemd-invalid";
  private static final String WWW = "www A 192.0.2.10\n";
  private static final String SHA384 =
      "ddf4fa1e42fcdbaedc0be56033ee1575efdce72ef321d6fb0e4759c281345d67754e20ad7995329d4811b363e42c85a4";
  private static final String SHA512 =
      "3a8e5189baaa656ee55e62b098be9180613d0658af15071198ed7469e5d1ea54845cda2e48b2e374606001618f62cca5251b386bd446d9035f0653f5f2479e7d";
  private static final String ZONEMD_384 = "@ ZONEMD 2024010101 1 1 " + SHA384 + "\n";
  private static final String ZONEMD_512 = "@ ZONEMD 2024010101 1 2 " + SHA512 + "\n";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecZonemdInvalid())
        .valid("no ZONEMD", APEX + WWW)
        .valid("SHA-384", APEX + WWW + ZONEMD_384)
        .valid("SHA-512", APEX + WWW + ZONEMD_512)
        .valid("both", APEX + WWW + ZONEMD_384 + ZONEMD_512)
        .valid("owner name case does not count", APEX + "WWW A 192.0.2.10\n" + ZONEMD_384)
        .valid("a duplicate record counts once", APEX + WWW + WWW + ZONEMD_384)
        .valid(
            "one matching digest is enough",
            APEX + WWW + ZONEMD_384 + ZONEMD_512.replace(" 3a8e", " 4a8e"))
        .valid(
            "an out-of-zone record is not digested",
            APEX + WWW + ZONEMD_384 + "x.test. A 192.0.2.1\n")
        .valid(
            "a private scheme's digest is opaque, 20 octets with hash 1 included (RFC 8976 A.3)",
            APEX + WWW + ZONEMD_384 + "@ ZONEMD 2024010101 241 1 " + SHA384.substring(0, 40) + "\n")
        .invalid(
            "a SHA-384 digest of another length than 48 octets",
            APEX + WWW + "@ ZONEMD 2024010101 1 1 " + SHA384.substring(0, 80) + "\n",
            expect(9, RULE))
        .invalid(
            "data changed after digesting",
            APEX + "www A 192.0.2.11\n" + ZONEMD_384,
            expect(9, RULE))
        .invalid("record added", APEX + WWW + ZONEMD_384 + "new A 192.0.2.12\n", expect(9, RULE))
        .invalid(
            "serial differs from the SOA's",
            APEX + WWW + ZONEMD_384.replace("2024010101", "2024010100"),
            expect(9, RULE))
        .invalid(
            "scheme and hash repeated",
            APEX + WWW + ZONEMD_384 + ZONEMD_384.replace(" ddf4", " edf4"),
            expect(10, RULE))
        .invalid(
            "only an unknown hash algorithm",
            APEX + WWW + ZONEMD_384.replace(" 1 1 ", " 1 240 "),
            expect(9, RULE))
        .stream();
  }

  @Test
  void aDigestOfTheWrongLengthIsToldAsSuch() {
    List<Diagnostic> found =
        RuleTester.run(
            new DnssecZonemdInvalid(),
            Name.fromConstantString("example.com."),
            CheckOptions.DEFAULTS,
            APEX + WWW + "@ ZONEMD 2024010101 1 1 " + SHA384.substring(0, 80) + "\n");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("SHA-384 digest is 40 octets, not 48"));
  }
}
