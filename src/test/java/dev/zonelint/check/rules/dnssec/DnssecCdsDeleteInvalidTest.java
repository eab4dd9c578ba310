package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecCdsDeleteInvalidTest {
  private static final String RULE = "dnssec-cds-delete-invalid";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecCdsDeleteInvalid())
        .valid("delete pair", APEX + "@ CDS 0 0 0 00\n@ CDNSKEY 0 3 0 AA==\n")
        .valid("delete CDS alone", APEX + "@ CDS 0 0 0 00\n")
        .valid(
            "CDS naming a key", ECDSA + "example.com. 3600 IN CDS " + KeyFixtures.KSK_SHA256 + "\n")
        .invalid(
            "CDS delete with digest 01",
            APEX + "@ CDS 0 0 0 01\n@ CDNSKEY 0 3 0 AA==\n",
            expect(8, RULE))
        .invalid(
            "CDNSKEY delete with key BA==",
            APEX + "@ CDS 0 0 0 00\n@ CDNSKEY 0 3 0 BA==\n",
            expect(9, RULE))
        .invalid(
            "delete CDS beside a CDS naming a key",
            APEX + "@ CDS 0 0 0 00\n@ CDS " + KeyFixtures.KSK_SHA256 + "\n",
            expect(8, RULE))
        .invalid(
            "delete CDS while the CDNSKEY names a key",
            APEX + "@ CDS 0 0 0 00\n@ CDNSKEY 257 3 13 " + KeyFixtures.KSK + "\n",
            expect(8, RULE))
        .stream();
  }
}
