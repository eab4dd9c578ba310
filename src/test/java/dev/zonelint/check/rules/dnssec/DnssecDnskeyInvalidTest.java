package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DnssecDnskeyInvalidTest {
  private static final String RULE = "dnssec-dnskey-invalid";
  private static final DnssecDnskeyInvalid CHECK = new DnssecDnskeyInvalid();

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(CHECK)
        .valid("signed zone", ECDSA)
        .valid("two algorithms", Signed.TWO_ALGORITHMS)
        .valid("revoked key (RFC 5011)", APEX + "@ DNSKEY 385 3 13 " + KeyFixtures.KSK + "\n")
        .invalid(
            "protocol 5", APEX + "@ DNSKEY 257 5 13 " + KeyFixtures.KSK + "\n", expect(8, RULE))
        .invalid("ECDSA key data cut short", APEX + "@ DNSKEY 257 3 13 AAAA\n", expect(8, RULE))
        .invalid(
            "no zone-key bit", APEX + "@ DNSKEY 1 3 13 " + KeyFixtures.KSK + "\n", expect(8, RULE))
        .invalid(
            "reserved flag bit",
            APEX + "@ DNSKEY 16641 3 13 " + KeyFixtures.KSK + "\n",
            expect(8, RULE))
        .valid("a DNSKEY below the apex is not an apex key", APEX + "www DNSKEY 257 5 13 AAAA\n")
        .stream();
  }

  @Test
  void protocolAndKeyDataAreErrorsFlagsWarnings() {
    assertEquals(
        List.of(Severity.ERROR),
        KeyFixtures.severities(CHECK, APEX + "@ DNSKEY 257 5 13 " + KeyFixtures.KSK + "\n"));
    assertEquals(
        List.of(Severity.ERROR), KeyFixtures.severities(CHECK, APEX + "@ DNSKEY 257 3 13 AAAA\n"));
    assertEquals(
        List.of(Severity.WARNING),
        KeyFixtures.severities(CHECK, APEX + "@ DNSKEY 1 3 13 " + KeyFixtures.KSK + "\n"));
  }
}
