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

class DnssecRsaKeySizeTest {
  private static final String RULE = "dnssec-rsa-key-size";
  private static final DnssecRsaKeySize CHECK = new DnssecRsaKeySize();

  private static String rsa(long exponent, int bits) {
    return APEX + "@ DNSKEY 257 3 8 " + KeyFixtures.rsaKey(exponent, bits) + "\n";
  }

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(CHECK)
        .valid("2048-bit fixture key", Signed.TWO_ALGORITHMS)
        .valid("ECDSA keys", ECDSA)
        .valid("2048 bits", rsa(65537, 2048))
        .valid("4096 bits", rsa(65537, 4096))
        .invalid("512 bits", rsa(65537, 512), expect(8, RULE))
        .invalid("1024 bits", rsa(65537, 1024), expect(8, RULE))
        .invalid("4104 bits", rsa(65537, 4104), expect(8, RULE))
        .invalid("even exponent", rsa(65536, 2048), expect(8, RULE))
        .invalid("exponent 1", rsa(1, 2048), expect(8, RULE))
        .valid("key data too short: dnssec-dnskey-invalid's", APEX + "@ DNSKEY 257 3 8 AwEAAQ==\n")
        .stream();
  }

  @Test
  void under1024IsAnErrorUnder2048AWarning() {
    assertEquals(List.of(Severity.ERROR), KeyFixtures.severities(CHECK, rsa(65537, 768)));
    assertEquals(List.of(Severity.WARNING), KeyFixtures.severities(CHECK, rsa(3, 1536)));
    assertEquals(List.of(Severity.ERROR), KeyFixtures.severities(CHECK, rsa(4, 2048)));
  }
}
