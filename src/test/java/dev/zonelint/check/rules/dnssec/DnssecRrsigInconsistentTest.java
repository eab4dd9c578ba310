package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecRrsigInconsistentTest {
  private static final String RULE = "dnssec-rrsig-inconsistent";
  private static final String WWW_RRSIG = "www.example.com.\t3600\tIN\tRRSIG\tA ";
  private static final int AT = Signed.line(ECDSA, WWW_RRSIG);

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecRrsigInconsistent())
        .valid("signed zone with a wildcard", ECDSA)
        .valid("two algorithms", Signed.TWO_ALGORITHMS)
        .valid(
            "signer written in capitals is the apex",
            Signed.edit(ECDSA, WWW_RRSIG, " example.com. ", " EXAMPLE.Com. "))
        .invalid(
            "signer is not the apex",
            Signed.edit(ECDSA, WWW_RRSIG, " example.com. ", " example.net. "),
            expect(AT, RULE))
        .invalid(
            "label count of a wildcard expansion at a plain name",
            Signed.edit(ECDSA, WWW_RRSIG, "A 13 3 ", "A 13 2 "),
            expect(AT, RULE))
        .invalid(
            "label count above the owner's",
            Signed.edit(ECDSA, WWW_RRSIG, "A 13 3 ", "A 13 4 "),
            expect(AT, RULE))
        .invalid(
            "original TTL differs from the RRset's",
            Signed.edit(ECDSA, WWW_RRSIG, "A 13 3 3600 ", "A 13 3 300 "),
            expect(AT, RULE))
        .invalid(
            "covers a type the owner lacks",
            Signed.edit(ECDSA, WWW_RRSIG, "RRSIG\tA ", "RRSIG\tAAAA "),
            expect(AT, RULE))
        .stream();
  }
}
