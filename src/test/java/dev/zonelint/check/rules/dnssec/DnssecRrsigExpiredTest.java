package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecRrsigExpiredTest {
  private static final String RULE = "dnssec-rrsig-expired";
  private static final String WWW_RRSIG = "www.example.com.\t3600\tIN\tRRSIG\tA ";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecRrsigExpired())
        .options(Signed.IN_WINDOW)
        .valid("inside the window", ECDSA)
        .valid(
            "expires in 8 days, with a 7-day warning window",
            Signed.edit(ECDSA, WWW_RRSIG, "20900101000000", "20261201120000"))
        .valid(
            "expires exactly when the 7-day warning window ends",
            Signed.edit(ECDSA, WWW_RRSIG, "20900101000000", "20261130120000"))
        .invalid(
            "expires a second inside the warning window (warning)",
            Signed.edit(ECDSA, WWW_RRSIG, "20900101000000", "20261130115959"),
            expect(Signed.line(ECDSA, WWW_RRSIG), RULE))
        .invalid(
            "expires at this very second (warning: not yet expired)",
            Signed.edit(ECDSA, WWW_RRSIG, "20900101000000", "20261123120000"),
            expect(Signed.line(ECDSA, WWW_RRSIG), RULE))
        .invalid(
            "expired (error)",
            Signed.edit(ECDSA, WWW_RRSIG, "20900101000000", "20261101000000"),
            expect(Signed.line(ECDSA, WWW_RRSIG), RULE))
        .invalid(
            "expires in 2 days (warning)",
            Signed.edit(ECDSA, WWW_RRSIG, "20900101000000", "20261125120000"),
            expect(Signed.line(ECDSA, WWW_RRSIG), RULE))
        .stream();
  }
}
