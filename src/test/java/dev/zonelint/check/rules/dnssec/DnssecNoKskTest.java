package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecNoKskTest {
  private static final String RULE = "dnssec-no-ksk";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecNoKsk())
        .valid("KSK and ZSK", ECDSA)
        .valid("unsigned zone", APEX + "www A 192.0.2.10\n")
        .valid(
            "a combined signing key with the SEP bit",
            APEX + "@ DNSKEY 257 3 13 " + KeyFixtures.ZSK + "\n")
        .invalid(
            "SEP bit cleared on the KSK: one finding, at the first zone key",
            Signed.edit(ECDSA, "example.com.\t3600\tIN\tDNSKEY\t257", "DNSKEY\t257", "DNSKEY\t256"),
            expect(Signed.line(ECDSA, "example.com.\t3600\tIN\tDNSKEY\t256"), RULE))
        .invalid(
            "two algorithms, zone-signing keys only",
            Signed.TWO_ALGORITHMS,
            expect(Signed.line(Signed.TWO_ALGORITHMS, "example.com.\t3600\tIN\tDNSKEY"), RULE))
        .invalid(
            "an unsigned zone with a ZSK only (inline signing input)",
            APEX + "@ DNSKEY 256 3 13 " + KeyFixtures.ZSK + "\n",
            expect(8, RULE))
        .valid(
            "keys without the zone bit are not zone keys",
            APEX + "@ DNSKEY 0 3 13 " + KeyFixtures.ZSK + "\n")
        .stream();
  }
}
