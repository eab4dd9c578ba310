package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecRrsigNotYetValidTest {
  private static final String RULE = "dnssec-rrsig-not-yet-valid";
  private static final String WWW_RRSIG = "www.example.com.\t3600\tIN\tRRSIG\tA ";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecRrsigNotYetValid())
        .options(Signed.IN_WINDOW)
        .valid("inside the window", ECDSA)
        .valid(
            "inception a minute ago",
            Signed.edit(ECDSA, WWW_RRSIG, "20240101000000", "20261123115900"))
        .valid(
            "inception at this very second",
            Signed.edit(ECDSA, WWW_RRSIG, "20240101000000", "20261123120000"))
        .invalid(
            "inception a second from now",
            Signed.edit(ECDSA, WWW_RRSIG, "20240101000000", "20261123120001"),
            expect(Signed.line(ECDSA, WWW_RRSIG), RULE))
        .invalid(
            "inception tomorrow",
            Signed.edit(ECDSA, WWW_RRSIG, "20240101000000", "20261124120000"),
            expect(Signed.line(ECDSA, WWW_RRSIG), RULE))
        .stream();
  }
}
