package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;
import static dev.zonelint.check.rules.dnssec.Signed.TWO_ALGORITHMS;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecRrsigMissingTest {
  private static final String RULE = "dnssec-rrsig-missing";
  private static final String WWW_A = "www.example.com.\t3600\tIN\tA\t";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecRrsigMissing())
        .valid("signed zone (glue and the delegation's NS have no RRSIG)", ECDSA)
        .valid("two algorithms, each RRset signed by both", TWO_ALGORITHMS)
        .invalid(
            "dropped RRSIG",
            Signed.without(ECDSA, "www.example.com.\t3600\tIN\tRRSIG\tA "),
            expect(Signed.line(ECDSA, WWW_A), RULE))
        .invalid(
            "record added after signing",
            ECDSA + "new.example.com. 3600 IN AAAA 2001:db8::1\n",
            expect(ECDSA.split("\n", -1).length, RULE))
        .invalid(
            "types past the name's type bitmap, one finding per RRset at its first record",
            ECDSA
                + "new.example.com. 3600 IN CAA 0 issue \"ca.example.net\"\n"
                + "new.example.com. 3600 IN CAA 0 issue \"ca.example.org\"\n"
                + "new.example.com. 3600 IN HTTPS 1 . alpn=h2\n",
            expect(ECDSA.split("\n", -1).length, RULE),
            expect(ECDSA.split("\n", -1).length + 2, RULE))
        .invalid(
            "signature by a key not in the DNSKEY set",
            Signed.edit(ECDSA, "www.example.com.\t3600\tIN\tRRSIG\tA ", " 39205 ", " 39206 "),
            expect(Signed.line(ECDSA, WWW_A), RULE))
        .invalid(
            "one of two algorithms missing (RFC 6840 §5.11)",
            Signed.without(TWO_ALGORITHMS, "www.example.com.\t3600\tIN\tRRSIG\tA 15 "),
            expect(Signed.line(TWO_ALGORITHMS, WWW_A), RULE))
        .invalid(
            "a DNSKEY algorithm that signs nothing: one warning at that key",
            withoutEd25519Signatures(),
            expect(
                Signed.line(withoutEd25519Signatures(), "example.com.\t3600\tIN\tDNSKEY\t256 3 15"),
                RULE))
        .invalid(
            "DS at a delegation needs a signature",
            Signed.edit(
                ECDSA,
                "sub.example.com.\t3600\tIN\tNS",
                "ns.sub.example.com.",
                "ns.sub.example.com.\nsub.example.com. 3600 IN DS 1 13 2"
                    + " 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
            expect(Signed.line(ECDSA, "sub.example.com.\t3600\tIN\tNS") + 1, RULE))
        .stream();
  }

  private static String withoutEd25519Signatures() {
    StringBuilder out = new StringBuilder();
    for (String l : TWO_ALGORITHMS.split("\n", -1)) {
      if (!l.matches(".*\tRRSIG\t\\S+ 15 .*")) {
        out.append(l).append('\n');
      }
    }
    return out.toString();
  }
}
