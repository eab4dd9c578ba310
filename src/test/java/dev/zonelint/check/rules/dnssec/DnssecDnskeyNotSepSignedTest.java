package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecDnskeyNotSepSignedTest {
  private static final String RULE = "dnssec-dnskey-not-sep-signed";
  private static final String DNSKEY_RRSIG = "example.com.\t3600\tIN\tRRSIG\tDNSKEY";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecDnskeyNotSepSigned())
        .options(Signed.IN_WINDOW)
        .valid("KSK signs the DNSKEY RRset", ECDSA)
        .valid("no SEP keys: dnssec-no-ksk's", Signed.TWO_ALGORITHMS)
        .valid("unsigned zone", APEX + "@ DNSKEY 257 3 13 " + KeyFixtures.KSK + "\n")
        .invalid(
            "DNSKEY RRset signed by the ZSK only: at the KSK",
            Signed.edit(ECDSA, DNSKEY_RRSIG, " 1648 ", " 39205 "),
            expect(Signed.line(ECDSA, "example.com.\t3600\tIN\tDNSKEY\t257"), RULE))
        .valid(
            "no signature over the DNSKEY RRset at all: dnssec-rrsig-missing's",
            Signed.without(ECDSA, DNSKEY_RRSIG))
        .valid(
            "a second KSK not yet signing (double-KSK rollover) is fine while one does",
            ECDSA + "example.com.\t3600\tIN\tDNSKEY\t257 3 13 " + KeyFixtures.ZSK + "\n")
        .stream();
  }
}
