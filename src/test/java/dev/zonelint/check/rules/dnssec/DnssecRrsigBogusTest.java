package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;
import static dev.zonelint.check.rules.dnssec.Signed.TWO_ALGORITHMS;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecRrsigBogusTest {
  private static final String RULE = "dnssec-rrsig-bogus";
  private static final String WWW_RRSIG = "www.example.com.\t3600\tIN\tRRSIG\tA ";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecRrsigBogus())
        .valid("ECDSA P-256 zone with NSEC, a wildcard and mixed-case names", ECDSA)
        .valid("RSA-2048 and Ed25519 zone with NSEC3", TWO_ALGORITHMS)
        .valid(
            "owner and RDATA names change case only: canonical form is lower case",
            Signed.edit(
                ECDSA,
                "MixedCase.example.com.\t3600\tIN\tMX",
                "Mail.Example.COM.",
                "MAIL.example.com."))
        .valid(
            "the signer's name in capitals: it is signed in lower case",
            Signed.edit(ECDSA, WWW_RRSIG, " example.com. ", " EXAMPLE.Com. "))
        .valid(
            "RRSIG by an unknown key is not verified here",
            Signed.edit(ECDSA, WWW_RRSIG, " 39205 ", " 39206 "))
        .invalid(
            "tampered A RDATA",
            Signed.edit(ECDSA, "www.example.com.\t3600\tIN\tA\t", "192.0.2.10", "192.0.2.11"),
            expect(Signed.line(ECDSA, WWW_RRSIG), RULE))
        .invalid(
            "SOA serial bumped without re-signing",
            Signed.edit(ECDSA, "example.com.\t3600\tIN\tSOA", "2024010101", "2024010102"),
            expect(4, RULE))
        .invalid(
            "record added to a signed RRset",
            ECDSA + "www.example.com. 3600 IN A 192.0.2.99\n",
            expect(Signed.line(ECDSA, WWW_RRSIG), RULE))
        .invalid(
            "tampered RSA-signed and Ed25519-signed RRset",
            Signed.edit(
                TWO_ALGORITHMS, "www.example.com.\t3600\tIN\tA\t", "192.0.2.10", "192.0.2.11"),
            expect(Signed.line(TWO_ALGORITHMS, "www.example.com.\t3600\tIN\tRRSIG\tA 8 "), RULE),
            expect(Signed.line(TWO_ALGORITHMS, "www.example.com.\t3600\tIN\tRRSIG\tA 15 "), RULE))
        .invalid(
            "changed expiration invalidates the signature",
            Signed.edit(ECDSA, WWW_RRSIG, "20900101000000", "20890101000000"),
            expect(Signed.line(ECDSA, WWW_RRSIG), RULE))
        .stream();
  }
}
